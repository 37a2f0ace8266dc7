CREATE TABLE customer (
    id         uuid         PRIMARY KEY,
    name       varchar(200) NOT NULL,
    segment    varchar(100) NOT NULL,
    status     varchar(30)  NOT NULL,
    created_at timestamptz  NOT NULL,
    created_by varchar(200) NOT NULL,
    version    bigint       NOT NULL
);
CREATE INDEX customer_name ON customer (lower(name));

-- Who works on the account, and as what: the source of account-team scoping in every service.
CREATE TABLE account_team_member (
    customer_id  uuid         NOT NULL REFERENCES customer (id) ON DELETE CASCADE,
    username     varchar(200) NOT NULL,
    account_role varchar(50)  NOT NULL,
    PRIMARY KEY (customer_id, username)
);
CREATE INDEX account_team_member_username ON account_team_member (username);
