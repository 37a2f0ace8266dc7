-- The span context of the transaction that wrote the event, as java.util.Properties text with the W3C traceparent
-- (and tracestate): the column name and format Debezium's outbox event router reads. The relay sends it as Kafka
-- headers so the consumers' spans join the producer's trace. Null (rows written before this migration, or outside
-- any trace): the record goes out without trace headers.
-- Version 0.4.0, not 0.2.2: databases that already applied 0.3.0 (customer projection) would reject a lower one.
ALTER TABLE outbox_event ADD COLUMN tracingspancontext varchar(512);
