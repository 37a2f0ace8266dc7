-- Issue 21, revenue outlook: what the monthly forecast needs besides contracts, time and invoices.

-- relationship's account-plan opportunities (opportunity-changed), the latest version of each: the weighted pipeline.
-- A removed opportunity stays as status 'removed', so an older event arriving late cannot bring it back.
CREATE TABLE opportunity_projection (
    id                   uuid          PRIMARY KEY,
    customer_id          uuid          NOT NULL,
    name                 varchar(200)  NOT NULL,
    status               varchar(20)   NOT NULL,
    value_amount         numeric(19,4) NOT NULL,
    value_currency       char(3)       NOT NULL,
    probability          integer       CHECK (probability BETWEEN 0 AND 100),
    expected_close_month varchar(7)    NOT NULL,
    version              bigint        NOT NULL,
    changed_at           timestamptz   NOT NULL
);
CREATE INDEX opportunity_projection_open ON opportunity_projection (customer_id)
    WHERE status IN ('identified', 'qualified', 'proposed');

-- portfolio's planned milestones (milestone-planned): their due dates place a milestone line's unaccepted
-- milestones in the forecast.
CREATE TABLE planned_milestone (
    milestone_id  uuid         PRIMARY KEY,
    engagement_id uuid         NOT NULL,
    customer_id   uuid         NOT NULL,
    name          varchar(300) NOT NULL,
    due_date      date         NOT NULL
);
CREATE INDEX planned_milestone_engagement ON planned_milestone (engagement_id);

-- Every percent-complete report of a fixed-fee line, so its recognized revenue has a month (the difference between
-- the recognition at the end of a month and at the end of the month before). Progress reported before this
-- migration is dated when its contract was signed (else created): the best date known.
CREATE TABLE line_progress (
    id               uuid         PRIMARY KEY,
    line_id          uuid         NOT NULL REFERENCES contract_line (id) ON DELETE CASCADE,
    reported_at      timestamptz  NOT NULL,
    percent_complete numeric(7,4) NOT NULL
);
CREATE INDEX line_progress_line ON line_progress (line_id, reported_at);
INSERT INTO line_progress (id, line_id, reported_at, percent_complete)
SELECT gen_random_uuid(), l.id, coalesce(c.signed_at, c.created_at), l.percent_complete
FROM contract_line l JOIN contract c ON c.id = l.contract_id
WHERE l.billing_method = 'FIXED_FEE' AND l.percent_complete > 0;

-- A revenue target per customer and fiscal year, set by finance or an executive; replaced under If-Match.
CREATE TABLE revenue_target (
    customer_id uuid          NOT NULL,
    fiscal_year integer       NOT NULL CHECK (fiscal_year BETWEEN 1900 AND 2999),
    amount      numeric(19,4) NOT NULL CHECK (amount > 0),
    currency    char(3)       NOT NULL,
    version     bigint        NOT NULL,
    set_by      varchar(255)  NOT NULL,
    set_at      timestamptz   NOT NULL,
    PRIMARY KEY (customer_id, fiscal_year)
);
