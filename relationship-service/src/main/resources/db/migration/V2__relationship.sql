-- Issue 3: customer attributes, stakeholders, interactions, account plans, health signals and history.
ALTER TABLE customer ADD COLUMN tier varchar(50);
ALTER TABLE customer ADD COLUMN industry varchar(100);
ALTER TABLE customer ADD COLUMN region varchar(100);
CREATE INDEX customer_status ON customer (status);

CREATE TABLE stakeholder (
    id            uuid         PRIMARY KEY,
    customer_id   uuid         NOT NULL REFERENCES customer (id) ON DELETE CASCADE,
    name          varchar(200) NOT NULL,
    title         varchar(200),
    role_type     varchar(50)  NOT NULL,
    influence     int          NOT NULL CHECK (influence BETWEEN 1 AND 5),
    stance        varchar(30)  NOT NULL,
    reports_to_id uuid         REFERENCES stakeholder (id),
    email         varchar(320),
    phone         varchar(50),
    active        boolean      NOT NULL,
    created_at    timestamptz  NOT NULL,
    created_by    varchar(200) NOT NULL,
    version       bigint       NOT NULL
);
CREATE INDEX stakeholder_customer ON stakeholder (customer_id);

CREATE TABLE interaction (
    id            uuid          PRIMARY KEY,
    customer_id   uuid          NOT NULL REFERENCES customer (id) ON DELETE CASCADE,
    type          varchar(50)   NOT NULL,
    occurred_on   date          NOT NULL,
    summary       varchar(4000) NOT NULL,
    outcome       varchar(2000),
    next_step     varchar(2000),
    created_at    timestamptz   NOT NULL,
    created_by    varchar(200)  NOT NULL
);
CREATE INDEX interaction_customer ON interaction (customer_id, occurred_on);

CREATE TABLE interaction_stakeholder (
    interaction_id uuid NOT NULL REFERENCES interaction (id) ON DELETE CASCADE,
    stakeholder_id uuid NOT NULL REFERENCES stakeholder (id),
    PRIMARY KEY (interaction_id, stakeholder_id)
);
CREATE INDEX interaction_stakeholder_stakeholder ON interaction_stakeholder (stakeholder_id);

CREATE TABLE plan_objective (
    id          uuid          PRIMARY KEY,
    customer_id uuid          NOT NULL REFERENCES customer (id) ON DELETE CASCADE,
    title       varchar(200)  NOT NULL,
    description varchar(4000),
    status      varchar(30)   NOT NULL,
    target_date date,
    created_at  timestamptz   NOT NULL,
    created_by  varchar(200)  NOT NULL,
    version     bigint        NOT NULL
);
CREATE INDEX plan_objective_customer ON plan_objective (customer_id);

CREATE TABLE plan_initiative (
    id           uuid          PRIMARY KEY,
    customer_id  uuid          NOT NULL REFERENCES customer (id) ON DELETE CASCADE,
    objective_id uuid          REFERENCES plan_objective (id),
    name         varchar(200)  NOT NULL,
    description  varchar(4000),
    owner        varchar(200),
    status       varchar(30)   NOT NULL,
    due_date     date,
    created_at   timestamptz   NOT NULL,
    created_by   varchar(200)  NOT NULL,
    version      bigint        NOT NULL
);
CREATE INDEX plan_initiative_customer ON plan_initiative (customer_id);

CREATE TABLE plan_opportunity (
    id                  uuid          PRIMARY KEY,
    customer_id         uuid          NOT NULL REFERENCES customer (id) ON DELETE CASCADE,
    name                varchar(200)  NOT NULL,
    description         varchar(4000),
    stage               varchar(30)   NOT NULL,
    value_amount        numeric(19,4) NOT NULL,
    value_currency      char(3)       NOT NULL,
    expected_close_date date          NOT NULL,
    created_at          timestamptz   NOT NULL,
    created_by          varchar(200)  NOT NULL,
    version             bigint        NOT NULL
);
CREATE INDEX plan_opportunity_customer ON plan_opportunity (customer_id);

-- Facts other services told us (escalations, invoices, commitments), one row per item, latest state.
CREATE TABLE health_signal (
    source      varchar(30)  NOT NULL,
    item_id     uuid         NOT NULL,
    customer_id uuid         NOT NULL REFERENCES customer (id) ON DELETE CASCADE,
    severity    varchar(30),
    active      boolean      NOT NULL,
    occurred_at timestamptz  NOT NULL,
    PRIMARY KEY (source, item_id)
);
CREATE INDEX health_signal_customer ON health_signal (customer_id);

CREATE TABLE health_history (
    id          bigserial    PRIMARY KEY,
    customer_id uuid         NOT NULL REFERENCES customer (id) ON DELETE CASCADE,
    computed_at timestamptz  NOT NULL,
    score       int          NOT NULL,
    band        varchar(10)  NOT NULL,
    factors     jsonb        NOT NULL
);
CREATE INDEX health_history_customer ON health_history (customer_id, id);
