-- Events a consumer has already applied; the row commits with the effect, so a redelivery has no second effect.
CREATE TABLE inbox_event (
    consumer    varchar(200) NOT NULL,
    event_id    uuid         NOT NULL,
    event_type  varchar(255) NOT NULL,
    received_at timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, event_id)
);
