-- Issue 16 (billing from contract terms, one actual-cost ledger). Versions 16.x sort after every service version so
-- far (1, 2) and keep the issue's parts apart; platform migrations stay 0.x.

-- A rejected contract stays rejected; its successor is a new revision (a new contract row naming its predecessor).
ALTER TABLE contract ADD COLUMN revision int NOT NULL DEFAULT 1;
ALTER TABLE contract ADD COLUMN previous_revision_id uuid UNIQUE REFERENCES contract (id);

-- The not-to-exceed limit of a contract was reached (an invoice was refused or not created): announced once.
-- No foreign key: the row is written in a transaction of its own while the refused one still locks the contract.
CREATE TABLE contract_limit_reached (
    contract_id  uuid        PRIMARY KEY,
    reached_at   timestamptz NOT NULL
);

-- What billing did with each milestone portfolio reported accepted: invoiced, or skipped with the reason.
CREATE TABLE milestone_billing (
    milestone_id   uuid          PRIMARY KEY,
    customer_id    uuid          NOT NULL,
    engagement_id  uuid          NOT NULL,
    name           varchar(300)  NOT NULL,
    outcome        varchar(20)   NOT NULL,
    reason         varchar(40),
    detail         varchar(1000),
    contract_id    uuid,
    invoice_id     uuid,
    decided_at     timestamptz   NOT NULL
);
CREATE INDEX milestone_billing_engagement ON milestone_billing (engagement_id);

-- The engagement's actual cost as portfolio-service (the owner of the ledger) last reported it.
ALTER TABLE engagement_budget ADD COLUMN actual_cost_amount numeric(19,4);
ALTER TABLE engagement_budget ADD COLUMN actual_cost_currency char(3);
ALTER TABLE engagement_budget ADD COLUMN actual_cost_at timestamptz;
