-- Issue 17: approving a time entry is a state change, and every state change needs If-Match, so a time entry gets the
-- version its ETag names (0 for the entries recorded before; approving, invoicing and releasing one count it up).
ALTER TABLE time_entry ADD COLUMN version bigint NOT NULL DEFAULT 0;
