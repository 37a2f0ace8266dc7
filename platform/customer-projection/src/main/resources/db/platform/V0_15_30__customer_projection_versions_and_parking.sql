-- Issue 15 (part C). The customer's version as relationship-service last published it (null: projected from events
-- that carried none, before versions were published); an event or state at or below it is already applied.
ALTER TABLE customer_projection ADD COLUMN version bigint;

-- Events about a customer this service does not know yet (its CustomerRegistered or state has not arrived), kept in
-- arrival order and applied as soon as the customer is projected; never dropped.
CREATE TABLE customer_projection_parked_event (
    seq         bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id uuid         NOT NULL,
    event_id    uuid         NOT NULL,
    event_type  varchar(255) NOT NULL,
    source      varchar(255),
    payload     jsonb        NOT NULL,
    parked_at   timestamptz  NOT NULL
);
CREATE INDEX customer_projection_parked_event_customer ON customer_projection_parked_event (customer_id, seq);
