-- Customer satisfaction (issue 20): survey answers per customer (and optionally engagement) and the follow-up action a
-- detractor answer opens. engagement_id is not a foreign key: engagements are portfolio-service's, and this service
-- does not project them (it checks only that the survey's customer is the path's).
CREATE TABLE satisfaction_survey (
    id             uuid          PRIMARY KEY,
    customer_id    uuid          NOT NULL REFERENCES customer (id) ON DELETE CASCADE,
    engagement_id  uuid,
    stakeholder_id uuid          NOT NULL REFERENCES stakeholder (id),
    csat           integer       NOT NULL CHECK (csat BETWEEN 1 AND 5),
    nps            integer       NOT NULL CHECK (nps BETWEEN 0 AND 10),
    verbatim       varchar(4000),
    responded_on   date          NOT NULL,
    created_at     timestamptz   NOT NULL,
    created_by     varchar(200)  NOT NULL
);
CREATE INDEX satisfaction_survey_customer ON satisfaction_survey (customer_id, responded_on);

CREATE TABLE satisfaction_follow_up (
    id             uuid          PRIMARY KEY,
    customer_id    uuid          NOT NULL REFERENCES customer (id) ON DELETE CASCADE,
    -- one follow-up per detractor answer, whatever retries or races
    survey_id      uuid          NOT NULL UNIQUE REFERENCES satisfaction_survey (id) ON DELETE CASCADE,
    engagement_id  uuid,
    stakeholder_id uuid          NOT NULL,
    reason         varchar(200)  NOT NULL,
    owner          varchar(200)  NOT NULL,
    due_date       date          NOT NULL,
    status         varchar(30)   NOT NULL,
    note           varchar(2000),
    closed_at      timestamptz,
    closed_by      varchar(200),
    created_at     timestamptz   NOT NULL,
    created_by     varchar(200)  NOT NULL,
    version        bigint        NOT NULL
);
CREATE INDEX satisfaction_follow_up_customer ON satisfaction_follow_up (customer_id, status, due_date);
