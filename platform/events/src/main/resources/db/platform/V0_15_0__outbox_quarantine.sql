-- Relay quarantine: a row the broker refuses permanently (too large, topic not authorised or invalid, ...) gets
-- failed_at and the broker's reason and is never sent again, so it no longer holds back the rows after it.
-- Quarantined rows stay (published_at null) until an operator deletes them or releases them with
-- UPDATE outbox_event SET failed_at = NULL, failure_reason = NULL WHERE id = ...  (platform/events README).
ALTER TABLE outbox_event ADD COLUMN failed_at timestamptz;
ALTER TABLE outbox_event ADD COLUMN failure_reason varchar(1000);

-- The relay's pending set leaves quarantined rows out; they get an index of their own for the metrics.
DROP INDEX outbox_event_pending;
DROP INDEX outbox_event_pending_aggregate;
CREATE INDEX outbox_event_pending ON outbox_event (seq) WHERE published_at IS NULL AND failed_at IS NULL;
CREATE INDEX outbox_event_pending_aggregate ON outbox_event (aggregatetype, aggregateid, seq)
    WHERE published_at IS NULL AND failed_at IS NULL;
CREATE INDEX outbox_event_quarantined ON outbox_event (failed_at) WHERE failed_at IS NOT NULL;
