-- Transactional outbox in the shape Debezium's outbox event router expects (id, aggregatetype, aggregateid, type,
-- payload, timestamp), so a Debezium connector can replace the built-in relay. seq orders events per aggregate;
-- published_at marks what the relay has handed to Kafka.
CREATE TABLE outbox_event (
    id            uuid         PRIMARY KEY,
    aggregatetype varchar(255) NOT NULL,
    aggregateid   varchar(255) NOT NULL,
    type          varchar(255) NOT NULL,
    payload       jsonb        NOT NULL,
    timestamp     timestamptz  NOT NULL,
    seq           bigint       GENERATED ALWAYS AS IDENTITY UNIQUE,
    published_at  timestamptz
);
CREATE INDEX outbox_event_pending ON outbox_event (seq) WHERE published_at IS NULL;
CREATE INDEX outbox_event_pending_aggregate ON outbox_event (aggregatetype, aggregateid, seq) WHERE published_at IS NULL;
CREATE INDEX outbox_event_published ON outbox_event (published_at) WHERE published_at IS NOT NULL;

-- Wakes the relay at commit time; the relay also polls, so a lost notification only delays an event.
CREATE FUNCTION outbox_event_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('outbox_event', '');
    RETURN NULL;
END
$$;
CREATE TRIGGER outbox_event_inserted AFTER INSERT ON outbox_event
    FOR EACH STATEMENT EXECUTE FUNCTION outbox_event_notify();
