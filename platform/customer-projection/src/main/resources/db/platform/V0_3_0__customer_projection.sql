-- This service's copy of the customers and account teams that relationship-service owns,
-- kept current from relationship.customer.events.
CREATE TABLE customer_projection (
    id         uuid         PRIMARY KEY,
    name       varchar(200) NOT NULL,
    segment    varchar(100),
    tier       varchar(50),
    industry   varchar(100),
    region     varchar(100),
    status     varchar(30)  NOT NULL,
    updated_at timestamptz  NOT NULL
);

CREATE TABLE customer_projection_member (
    customer_id  uuid         NOT NULL REFERENCES customer_projection (id) ON DELETE CASCADE,
    username     varchar(200) NOT NULL,
    account_role varchar(50)  NOT NULL,
    PRIMARY KEY (customer_id, username)
);
CREATE INDEX customer_projection_member_username ON customer_projection_member (username);
