-- Issue 16: portfolio's cost entries are the one actual-cost ledger. Each entry says where it came from: recorded
-- through the API (MANUAL) or an approved time entry from billing-service (BILLING_TIME_ENTRY, source_ref = the time
-- entry id, recorded once). Versions 16.x sort after every service version so far and keep the issue's parts apart.
ALTER TABLE cost_entry ADD COLUMN source varchar(30) NOT NULL DEFAULT 'MANUAL';
ALTER TABLE cost_entry ADD COLUMN source_ref uuid;
CREATE UNIQUE INDEX cost_entry_source_ref ON cost_entry (source, source_ref) WHERE source_ref IS NOT NULL;
