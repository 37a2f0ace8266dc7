-- Issue 16: the natural key of a usage fact includes the resource and the charge identity, so every row of a real
-- cost export is kept (three VMs of one size on one meter and day are three rows, not one row and two duplicates).
-- Existing rows keep their values: the new key columns start empty, so their keys stay distinct and a re-upload of
-- a file in the service's own format still finds them. Versioned 16.20 (issue 16, import range 20-29): after V2, and
-- clear of the other parts of issue 16.

-- Costs with the precision the exports carry (Azure and FOCUS write up to 10 decimals): the sum of a file's rows then
-- equals its BilledCost total to the cent, however many rows it has.
ALTER TABLE usage_record
    ADD COLUMN resource_id     varchar(2000) NOT NULL DEFAULT '',
    ADD COLUMN charge_category varchar(50)   NOT NULL DEFAULT '',
    ADD COLUMN charge          varchar(2000) NOT NULL DEFAULT '',
    ADD COLUMN effective_cost  numeric(25,10),
    ALTER COLUMN cost TYPE numeric(25,10);

-- The key: usage date (the partition key, which PostgreSQL requires in it) and a digest of the identity columns,
-- computed by the database on every insert (COPY included), so no path can compute it differently. Fields are joined
-- with U+001F, a control character no stored value may hold. A digest keeps the index small whatever the length of
-- resource ids and charge descriptions (an index over those columns themselves would slow every COPY).
ALTER TABLE usage_record
    ADD COLUMN row_key uuid NOT NULL GENERATED ALWAYS AS (md5(
        subscription_id::text || chr(31) || resource_id::text || chr(31) || meter::text || chr(31)
        || resource_group::text || chr(31) || charge_category::text || chr(31) || charge::text)::uuid) STORED;
ALTER TABLE usage_record DROP CONSTRAINT usage_record_pkey;
ALTER TABLE usage_record ADD PRIMARY KEY (usage_date, row_key);

ALTER TABLE usage_daily ALTER COLUMN cost TYPE numeric(25,10);

-- What an upload counted besides accepted / duplicates / rejected, and which export format its header named.
ALTER TABLE usage_upload
    ADD COLUMN updated bigint      NOT NULL DEFAULT 0,
    ADD COLUMN format  varchar(30);
