-- Issue 20, staffing: the resource plan of an engagement is its resource requests (one role each, with the hours it
-- needs per month and the cost rate the plan is costed at); named people are assigned to a request with an allocation
-- percentage and dates. Roles are free text: portfolio hears of no rate card (billing's events carry none).
CREATE TABLE resource_request (
    id                    uuid          PRIMARY KEY,
    engagement_id         uuid          NOT NULL REFERENCES engagement (id),
    role                  varchar(200)  NOT NULL,
    skills                text[]        NOT NULL,
    hours_per_month       numeric(8,2)  NOT NULL CHECK (hours_per_month > 0),
    cost_rate_amount      numeric(19,4) NOT NULL CHECK (cost_rate_amount >= 0),
    cost_rate_currency    char(3)       NOT NULL,
    start_date            date          NOT NULL,
    end_date              date          NOT NULL,
    status                varchar(30)   NOT NULL,
    -- the RAID risk raised once when the role was still unfilled N days before its start
    unfilled_risk_id      uuid REFERENCES raid_item (id),
    -- when resource-request-unfilled-at-start was published (once)
    unfilled_announced_at timestamptz,
    created_at            timestamptz   NOT NULL,
    created_by            varchar(200)  NOT NULL,
    version               bigint        NOT NULL,
    CHECK (end_date >= start_date)
);
CREATE INDEX resource_request_engagement ON resource_request (engagement_id);
CREATE INDEX resource_request_unfilled ON resource_request (start_date) WHERE status IN ('DRAFT', 'SUBMITTED', 'PARTIALLY_FILLED');

CREATE TABLE staff_assignment (
    id                      uuid         PRIMARY KEY,
    engagement_id           uuid         NOT NULL REFERENCES engagement (id),
    request_id              uuid         NOT NULL REFERENCES resource_request (id),
    username                varchar(200) NOT NULL,
    allocation_percent      integer      NOT NULL CHECK (allocation_percent BETWEEN 1 AND 100),
    start_date              date         NOT NULL,
    end_date                date         NOT NULL,
    -- an executive of the account allowed the person's total above 100 %: the peak total it allowed is kept
    over_allocation_allowed boolean      NOT NULL,
    allowed_peak_percent    integer,
    created_at              timestamptz  NOT NULL,
    created_by              varchar(200) NOT NULL,
    CHECK (end_date >= start_date)
);
CREATE INDEX staff_assignment_request ON staff_assignment (request_id);
CREATE INDEX staff_assignment_person ON staff_assignment (username, start_date);
