-- SLA targets per severity; admins edit them. Defaults: critical 1 h / 24 h, high 4 h / 3 d, medium 8 h / 5 d, low 24 h / 10 d.
CREATE TABLE sla_policy (
    severity            varchar(20)  PRIMARY KEY,
    acknowledge_minutes integer      NOT NULL CHECK (acknowledge_minutes > 0),
    resolve_minutes     integer      NOT NULL CHECK (resolve_minutes > 0),
    updated_at          timestamptz  NOT NULL,
    updated_by          varchar(200) NOT NULL,
    version             bigint       NOT NULL
);
INSERT INTO sla_policy VALUES
    ('CRITICAL', 60, 1440, now(), 'system', 0),
    ('HIGH', 240, 4320, now(), 'system', 0),
    ('MEDIUM', 480, 7200, now(), 'system', 0),
    ('LOW', 1440, 14400, now(), 'system', 0);

CREATE TABLE escalation (
    id                         uuid          PRIMARY KEY,
    customer_id                uuid          NOT NULL,
    engagement_id              uuid,
    title                      varchar(200)  NOT NULL,
    description                varchar(5000) NOT NULL,
    severity                   varchar(20)   NOT NULL,
    category                   varchar(30)   NOT NULL,
    source                     varchar(20)   NOT NULL,
    owner                      varchar(200)  NOT NULL,
    status                     varchar(30)   NOT NULL,
    level                      varchar(5)    NOT NULL,
    level_set_by               varchar(30)   NOT NULL,
    trend                      varchar(20),
    cause_key                  varchar(200),
    opened_at                  timestamptz   NOT NULL,
    acknowledged_at            timestamptz,
    resolved_at                timestamptz,
    closed_at                  timestamptz,
    acknowledge_target_minutes integer       NOT NULL,
    resolve_target_minutes     integer       NOT NULL,
    acknowledge_warned         integer       NOT NULL DEFAULT 0,
    acknowledge_breached       boolean       NOT NULL DEFAULT false,
    resolve_warned             integer       NOT NULL DEFAULT 0,
    resolve_breached           boolean       NOT NULL DEFAULT false,
    rca_category               varchar(40),
    rca_description            varchar(5000),
    rca_corrective_actions     varchar(5000),
    rca_preventive_actions     varchar(5000),
    created_by                 varchar(200)  NOT NULL,
    version                    bigint        NOT NULL
);
CREATE INDEX escalation_customer ON escalation (customer_id, opened_at DESC);
CREATE INDEX escalation_active ON escalation (status) WHERE status NOT IN ('RESOLVED', 'CLOSED');
CREATE INDEX escalation_cause ON escalation (cause_key) WHERE cause_key IS NOT NULL;

CREATE TABLE escalation_watcher (
    escalation_id uuid         NOT NULL REFERENCES escalation (id) ON DELETE CASCADE,
    username      varchar(200) NOT NULL,
    PRIMARY KEY (escalation_id, username)
);

CREATE TABLE escalation_sla_pause (
    id            uuid         PRIMARY KEY,
    escalation_id uuid         NOT NULL REFERENCES escalation (id) ON DELETE CASCADE,
    started_at    timestamptz  NOT NULL,
    ended_at      timestamptz,
    reason        varchar(500) NOT NULL,
    started_by    varchar(200) NOT NULL
);
CREATE INDEX escalation_sla_pause_escalation ON escalation_sla_pause (escalation_id);

CREATE TABLE escalation_timeline (
    id            uuid          PRIMARY KEY,
    seq           bigserial     NOT NULL,
    escalation_id uuid          NOT NULL REFERENCES escalation (id) ON DELETE CASCADE,
    occurred_at   timestamptz   NOT NULL,
    kind          varchar(30)   NOT NULL,
    visibility    varchar(20)   NOT NULL,
    author        varchar(200)  NOT NULL,
    text          varchar(5000) NOT NULL,
    trend         varchar(20),
    from_value    varchar(50),
    to_value      varchar(50)
);
CREATE INDEX escalation_timeline_escalation ON escalation_timeline (escalation_id, occurred_at, seq);
