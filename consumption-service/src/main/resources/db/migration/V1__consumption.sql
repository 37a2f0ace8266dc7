-- Subscriptions: a cloud subscription (its id as the cloud names it) mapped to a customer and optionally an engagement.
CREATE TABLE subscription (
    id            varchar(100) PRIMARY KEY,
    name          varchar(200) NOT NULL,
    customer_id   uuid         NOT NULL REFERENCES customer_projection (id),
    engagement_id uuid,
    created_at    timestamptz  NOT NULL,
    created_by    varchar(200) NOT NULL,
    version       bigint       NOT NULL DEFAULT 0
);
CREATE INDEX subscription_customer ON subscription (customer_id);

-- Raw usage facts, partitioned by month. The natural key (date, subscription, meter, resource group) makes every
-- ingestion idempotent; it includes the partition key as PostgreSQL requires.
CREATE TABLE usage_record (
    usage_date      date          NOT NULL,
    subscription_id varchar(100)  NOT NULL,
    meter           varchar(200)  NOT NULL,
    resource_group  varchar(200)  NOT NULL,
    customer_id     uuid          NOT NULL,
    service         varchar(200)  NOT NULL,
    quantity        numeric(19,6) NOT NULL,
    unit            varchar(50)   NOT NULL,
    cost            numeric(19,4) NOT NULL,
    currency        char(3)       NOT NULL,
    upload_id       uuid          NOT NULL,
    PRIMARY KEY (usage_date, subscription_id, meter, resource_group)
) PARTITION BY RANGE (usage_date);
CREATE INDEX usage_record_date_brin ON usage_record USING brin (usage_date);

-- Monthly partitions ahead of time (2023 to 2030), and a default partition for anything outside them.
DO $$
DECLARE
    month date := DATE '2023-01-01';
BEGIN
    WHILE month < DATE '2031-01-01' LOOP
        EXECUTE format('CREATE TABLE usage_record_%s PARTITION OF usage_record FOR VALUES FROM (%L) TO (%L)',
                       to_char(month, 'YYYY_MM'), month, (month + INTERVAL '1 month')::date);
        month := (month + INTERVAL '1 month')::date;
    END LOOP;
END $$;
CREATE TABLE usage_record_default PARTITION OF usage_record DEFAULT;

-- The daily rollup every analytic reads, kept in step with usage_record in the same statement that inserts raw rows.
CREATE TABLE usage_daily (
    customer_id     uuid          NOT NULL,
    usage_date      date          NOT NULL,
    subscription_id varchar(100)  NOT NULL,
    service         varchar(200)  NOT NULL,
    currency        char(3)       NOT NULL,
    cost            numeric(19,4) NOT NULL,
    row_count       bigint        NOT NULL,
    PRIMARY KEY (customer_id, usage_date, subscription_id, service, currency)
);

-- One row per CSV upload (or Kafka batch), with its counts.
CREATE TABLE usage_upload (
    id          uuid         PRIMARY KEY,
    source      varchar(20)  NOT NULL,
    uploaded_by varchar(200) NOT NULL,
    uploaded_at timestamptz  NOT NULL,
    accepted    bigint       NOT NULL,
    duplicates  bigint       NOT NULL,
    rejected    bigint       NOT NULL,
    from_date   date,
    to_date     date
);

CREATE TABLE consumption_goal (
    id          uuid          PRIMARY KEY,
    customer_id uuid          NOT NULL REFERENCES customer_projection (id),
    month       date          NOT NULL,
    amount      numeric(19,4) NOT NULL,
    currency    char(3)       NOT NULL,
    created_at  timestamptz   NOT NULL,
    created_by  varchar(200)  NOT NULL,
    version     bigint        NOT NULL DEFAULT 0,
    CONSTRAINT consumption_goal_month_unique UNIQUE (customer_id, month)
);

CREATE TABLE consumption_commitment (
    id          uuid          PRIMARY KEY,
    customer_id uuid          NOT NULL REFERENCES customer_projection (id),
    amount      numeric(19,4) NOT NULL,
    currency    char(3)       NOT NULL,
    start_date  date          NOT NULL,
    end_date    date          NOT NULL,
    at_risk     boolean       NOT NULL DEFAULT false,
    created_at  timestamptz   NOT NULL,
    created_by  varchar(200)  NOT NULL,
    version     bigint        NOT NULL DEFAULT 0,
    CHECK (end_date > start_date)
);
CREATE INDEX consumption_commitment_customer ON consumption_commitment (customer_id);

CREATE TABLE usage_anomaly (
    id          uuid          PRIMARY KEY,
    customer_id uuid          NOT NULL,
    service     varchar(200),
    usage_date  date          NOT NULL,
    cost        numeric(19,4) NOT NULL,
    baseline    numeric(19,4) NOT NULL,
    deviations  numeric(12,2) NOT NULL,
    direction   varchar(10)   NOT NULL,
    currency    char(3)       NOT NULL,
    detected_at timestamptz   NOT NULL
);
CREATE UNIQUE INDEX usage_anomaly_unique ON usage_anomaly (customer_id, coalesce(service, ''), usage_date, currency);

CREATE TABLE consumption_blocker (
    id            uuid          PRIMARY KEY,
    customer_id   uuid          NOT NULL REFERENCES customer_projection (id),
    description   varchar(2000) NOT NULL,
    category      varchar(30)   NOT NULL,
    owner         varchar(200)  NOT NULL,
    status        varchar(30)   NOT NULL,
    engagement_id uuid,
    goal_id       uuid          REFERENCES consumption_goal (id),
    commitment_id uuid          REFERENCES consumption_commitment (id),
    created_at    timestamptz   NOT NULL,
    created_by    varchar(200)  NOT NULL,
    version       bigint        NOT NULL DEFAULT 0
);
CREATE INDEX consumption_blocker_customer ON consumption_blocker (customer_id);
