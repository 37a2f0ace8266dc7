-- Issue 16 (signals that follow time). A commitment's risk moves to a row of its own: evaluations (after ingestion,
-- by the scheduler) lock this row with FOR UPDATE [SKIP LOCKED] and never touch the commitment, so they neither change
-- its version (ETag) nor conflict with an upload or an edit.
CREATE TABLE commitment_standing (
    commitment_id uuid         PRIMARY KEY REFERENCES consumption_commitment (id),
    state         varchar(20)  NOT NULL CHECK (state IN ('on-track', 'at-risk', 'insufficient-data')),
    reasons       varchar(200) NOT NULL DEFAULT '',
    evaluated_at  timestamptz  NOT NULL,
    changed_at    timestamptz  NOT NULL
);
-- The scheduler takes the least recently evaluated first.
CREATE INDEX commitment_standing_evaluated ON commitment_standing (evaluated_at);

-- Existing commitments keep their flag until the first tick re-evaluates them under the new rules (due: evaluated
-- before any tick).
INSERT INTO commitment_standing (commitment_id, state, reasons, evaluated_at, changed_at)
SELECT id, CASE WHEN at_risk THEN 'at-risk' ELSE 'on-track' END, CASE WHEN at_risk THEN 'projected-shortfall' ELSE '' END,
       created_at, now()
FROM consumption_commitment;

ALTER TABLE consumption_commitment DROP COLUMN at_risk;

-- Per customer and currency, the day through which every day (days without usage included) was checked for anomalies.
CREATE TABLE anomaly_scan (
    customer_id     uuid        NOT NULL,
    currency        char(3)     NOT NULL,
    scanned_through date        NOT NULL,
    checked_at      timestamptz NOT NULL,
    PRIMARY KEY (customer_id, currency)
);

-- Customers with usage already: scanned through their last day before today (the days before were checked at ingestion).
INSERT INTO anomaly_scan (customer_id, currency, scanned_through, checked_at)
SELECT customer_id, currency, least(max(usage_date), current_date - 1), now()
FROM usage_daily GROUP BY customer_id, currency;

-- A stoppage (a drop to nothing) is stored with its direction.
ALTER TABLE usage_anomaly ALTER COLUMN direction TYPE varchar(20);
