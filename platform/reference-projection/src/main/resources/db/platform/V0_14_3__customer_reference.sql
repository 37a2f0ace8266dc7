-- Which customer owns an id another service owns (today the engagements of portfolio-service), fed by the
-- owner's events, so ids inside request bodies can be checked against the customer a request is about.
CREATE TABLE customer_reference (
    kind        varchar(30) NOT NULL,
    id          uuid        NOT NULL,
    customer_id uuid        NOT NULL,
    PRIMARY KEY (kind, id)
);
