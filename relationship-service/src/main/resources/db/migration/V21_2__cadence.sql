-- Executive cadence (issue 21). A customer's policy (absent: the defaults apply, QBR 90, executive briefing 30,
-- steering committee 30 days) with per-engagement overrides of the steering committee's interval; and what this
-- service learns from portfolio.engagement.events for it: the customer's open engagements with their start, and the
-- steering committee meetings held. Engagements are portfolio-service's, so engagement ids are no foreign keys to
-- anything portfolio owns; the customer is ours.
CREATE TABLE cadence_policy (
    customer_id                      uuid         PRIMARY KEY REFERENCES customer (id) ON DELETE CASCADE,
    qbr_interval_days                integer      NOT NULL CHECK (qbr_interval_days BETWEEN 1 AND 366),
    executive_briefing_interval_days integer      NOT NULL CHECK (executive_briefing_interval_days BETWEEN 1 AND 366),
    steering_committee_interval_days integer      NOT NULL CHECK (steering_committee_interval_days BETWEEN 1 AND 366),
    version                          bigint       NOT NULL,
    updated_at                       timestamptz  NOT NULL,
    updated_by                       varchar(200) NOT NULL
);

CREATE TABLE cadence_engagement_override (
    customer_id   uuid    NOT NULL REFERENCES cadence_policy (customer_id) ON DELETE CASCADE,
    engagement_id uuid    NOT NULL,
    interval_days integer NOT NULL CHECK (interval_days BETWEEN 1 AND 366),
    PRIMARY KEY (customer_id, engagement_id)
);

-- start_date: the engagement's start (from its created event); for an engagement first heard of through another
-- event, the day it was heard of. closed: moved to closure (no steering committee due any more).
CREATE TABLE cadence_engagement (
    engagement_id uuid    PRIMARY KEY,
    customer_id   uuid    NOT NULL REFERENCES customer (id) ON DELETE CASCADE,
    start_date    date    NOT NULL,
    closed        boolean NOT NULL DEFAULT false
);
CREATE INDEX cadence_engagement_customer ON cadence_engagement (customer_id);

CREATE TABLE cadence_steering_meeting (
    meeting_id    uuid PRIMARY KEY,
    engagement_id uuid NOT NULL REFERENCES cadence_engagement (engagement_id) ON DELETE CASCADE,
    meeting_date  date NOT NULL
);
CREATE INDEX cadence_steering_meeting_engagement ON cadence_steering_meeting (engagement_id, meeting_date);
