-- Contracts on a customer, their engagements, lines, rate cards, schedules, milestones, compliance and approvals.
CREATE TABLE contract (
    id              uuid          PRIMARY KEY,
    customer_id     uuid          NOT NULL,
    title           varchar(200)  NOT NULL,
    currency        char(3)       NOT NULL,
    nte_amount      numeric(19,4),
    status          varchar(30)   NOT NULL,
    approval_round  int           NOT NULL DEFAULT 0,
    submitted_by    varchar(200),
    submitted_at    timestamptz,
    signed_by       varchar(200),
    signed_at       timestamptz,
    created_by      varchar(200)  NOT NULL,
    created_at      timestamptz   NOT NULL,
    version         bigint        NOT NULL
);
CREATE INDEX contract_customer ON contract (customer_id);

CREATE TABLE contract_engagement (
    contract_id   uuid NOT NULL REFERENCES contract (id) ON DELETE CASCADE,
    engagement_id uuid NOT NULL,
    PRIMARY KEY (contract_id, engagement_id)
);
CREATE INDEX contract_engagement_engagement ON contract_engagement (engagement_id);

CREATE TABLE contract_line (
    id               uuid          PRIMARY KEY,
    contract_id      uuid          NOT NULL REFERENCES contract (id) ON DELETE CASCADE,
    position         int           NOT NULL,
    description      varchar(500)  NOT NULL,
    billing_method   varchar(30)   NOT NULL,
    engagement_id    uuid,
    value_amount     numeric(19,4) NOT NULL,
    nte_amount       numeric(19,4),
    percent_complete numeric(7,4)  NOT NULL DEFAULT 0
);
CREATE INDEX contract_line_contract ON contract_line (contract_id);

CREATE TABLE rate_card_entry (
    line_id        uuid          NOT NULL REFERENCES contract_line (id) ON DELETE CASCADE,
    role           varchar(100)  NOT NULL,
    bill_rate      numeric(19,4) NOT NULL,
    cost_rate      numeric(19,4) NOT NULL,
    PRIMARY KEY (line_id, role)
);

CREATE TABLE schedule_item (
    id          uuid          PRIMARY KEY,
    line_id     uuid          NOT NULL REFERENCES contract_line (id) ON DELETE CASCADE,
    due_date    date          NOT NULL,
    amount      numeric(19,4) NOT NULL,
    invoice_id  uuid
);

CREATE TABLE line_milestone (
    id             uuid          PRIMARY KEY,
    line_id        uuid          NOT NULL REFERENCES contract_line (id) ON DELETE CASCADE,
    name           varchar(200)  NOT NULL,
    amount         numeric(19,4) NOT NULL,
    milestone_ref  uuid,
    accepted_at    timestamptz
);

CREATE TABLE compliance_item (
    contract_id   uuid          NOT NULL REFERENCES contract (id) ON DELETE CASCADE,
    item          varchar(50)   NOT NULL,
    completed_by  varchar(200),
    completed_at  timestamptz,
    note          varchar(1000),
    PRIMARY KEY (contract_id, item)
);

CREATE TABLE contract_approval (
    id           uuid          PRIMARY KEY,
    contract_id  uuid          NOT NULL REFERENCES contract (id) ON DELETE CASCADE,
    round        int           NOT NULL,
    approver     varchar(200)  NOT NULL,
    as_role      varchar(30),
    decision     varchar(30)   NOT NULL,
    comment      varchar(1000),
    decided_at   timestamptz   NOT NULL
);
CREATE INDEX contract_approval_contract ON contract_approval (contract_id);

-- Engagements as portfolio-service publishes them: customer and budget, plus the alerts already raised.
CREATE TABLE engagement_budget (
    engagement_id   uuid          PRIMARY KEY,
    customer_id     uuid          NOT NULL,
    name            varchar(300),
    budget_amount   numeric(19,4),
    budget_currency char(3),
    alerted_80      boolean       NOT NULL DEFAULT false,
    alerted_100     boolean       NOT NULL DEFAULT false
);

CREATE TABLE invoice (
    id              uuid          PRIMARY KEY,
    customer_id     uuid          NOT NULL,
    contract_id     uuid,
    engagement_id   uuid,
    source          varchar(30)   NOT NULL,
    milestone_id    uuid          UNIQUE,
    description     varchar(500)  NOT NULL,
    currency        char(3)       NOT NULL,
    total           numeric(19,4) NOT NULL,
    credited        numeric(19,4) NOT NULL DEFAULT 0,
    status          varchar(30)   NOT NULL,
    number          varchar(30)   UNIQUE,
    issued_at       timestamptz,
    due_date        date,
    paid_at         timestamptz,
    period_from     date,
    period_to       date,
    created_by      varchar(200)  NOT NULL,
    created_at      timestamptz   NOT NULL,
    version         bigint        NOT NULL
);
CREATE INDEX invoice_customer ON invoice (customer_id);
CREATE INDEX invoice_status_due ON invoice (status, due_date);

CREATE TABLE invoice_line (
    id             uuid          PRIMARY KEY,
    invoice_id     uuid          NOT NULL REFERENCES invoice (id) ON DELETE CASCADE,
    position       int           NOT NULL,
    description    varchar(500)  NOT NULL,
    engagement_id  uuid,
    contract_line_id uuid,
    amount         numeric(19,4) NOT NULL
);

CREATE TABLE credit_note (
    id          uuid          PRIMARY KEY,
    invoice_id  uuid          NOT NULL REFERENCES invoice (id),
    number      varchar(30)   NOT NULL UNIQUE,
    amount      numeric(19,4) NOT NULL,
    reason      varchar(1000) NOT NULL,
    issued_by   varchar(200)  NOT NULL,
    issued_at   timestamptz   NOT NULL
);

-- Gap-free numbering: one counter row per series and year, incremented inside the issuing transaction.
CREATE TABLE document_counter (
    series  varchar(10) NOT NULL,
    year    int         NOT NULL,
    last    int         NOT NULL,
    PRIMARY KEY (series, year)
);

CREATE TABLE time_entry (
    id              uuid          PRIMARY KEY,
    customer_id     uuid          NOT NULL,
    contract_id     uuid          NOT NULL REFERENCES contract (id),
    line_id         uuid          NOT NULL REFERENCES contract_line (id),
    engagement_id   uuid          NOT NULL,
    person          varchar(200)  NOT NULL,
    role            varchar(100)  NOT NULL,
    work_date       date          NOT NULL,
    hours           numeric(7,2)  NOT NULL,
    billable        boolean       NOT NULL,
    bill_amount     numeric(19,4) NOT NULL,
    cost_amount     numeric(19,4) NOT NULL,
    currency        char(3)       NOT NULL,
    approved_by     varchar(200),
    approved_at     timestamptz,
    invoice_id      uuid,
    created_by      varchar(200)  NOT NULL,
    created_at      timestamptz   NOT NULL
);
CREATE INDEX time_entry_engagement ON time_entry (engagement_id);
CREATE INDEX time_entry_line ON time_entry (line_id);
