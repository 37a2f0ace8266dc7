-- The audit of subscription transfers (an admin moving a cloud subscription to another customer): who, when, from,
-- to and why. Rows are only ever added.
CREATE TABLE subscription_transfer (
    id               uuid         PRIMARY KEY,
    subscription_id  varchar(100) NOT NULL REFERENCES subscription (id),
    from_customer_id uuid         NOT NULL,
    to_customer_id   uuid         NOT NULL REFERENCES customer_projection (id),
    reason           varchar(500) NOT NULL,
    transferred_by   varchar(200) NOT NULL,
    transferred_at   timestamptz  NOT NULL
);
CREATE INDEX subscription_transfer_subscription ON subscription_transfer (subscription_id, transferred_at);
