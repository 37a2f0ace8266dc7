-- A replay re-checks access: the customers whose visibility the first request relied on, as comma-separated ids
-- (null when it relied on none, e.g. an SLA policy). Keys expire after ade.idempotency.key-ttl (created_at, indexed).
ALTER TABLE idempotency_key ADD COLUMN customer_ids text;
