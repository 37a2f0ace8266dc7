-- Responses of creating POSTs, kept per caller and key so a retry gets the first answer again.
CREATE TABLE idempotency_key (
    scope        varchar(400) NOT NULL,
    key          varchar(255) NOT NULL,
    request_hash char(64)     NOT NULL,
    status       int          NOT NULL,
    body         text,
    location     varchar(2000),
    etag         varchar(100),
    created_at   timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (scope, key)
);
CREATE INDEX idempotency_key_created ON idempotency_key (created_at);
