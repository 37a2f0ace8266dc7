-- Status-pack archive (issue 21): the PDFs the gateway rendered for a customer (or one of its engagements) as of a
-- date, kept as they were sent. The content sits in its own table so that listing packs never reads megabytes.
-- engagement_id is not a foreign key: engagements are portfolio-service's (checked against the reference projection).
CREATE TABLE status_pack (
    id            uuid          PRIMARY KEY,
    customer_id   uuid          NOT NULL REFERENCES customer (id) ON DELETE CASCADE,
    engagement_id uuid,
    as_of         date          NOT NULL,
    trigger       varchar(20)   NOT NULL CHECK (trigger IN ('ON_DEMAND', 'CADENCE')),
    cadence_kind  varchar(30)   CHECK (cadence_kind IN ('QBR', 'EXECUTIVE_BRIEFING', 'STEERING_COMMITTEE')),
    cadence_due   date,
    requested_by  varchar(200),
    size_bytes    integer       NOT NULL CHECK (size_bytes > 0),
    sha256        varchar(64)   NOT NULL,
    created_at    timestamptz   NOT NULL,
    created_by    varchar(200)  NOT NULL,
    -- a cadence pack names its due item; an on-demand pack none
    CHECK ((trigger = 'CADENCE') = (cadence_kind IS NOT NULL AND cadence_due IS NOT NULL)),
    CHECK (trigger = 'CADENCE' OR (cadence_kind IS NULL AND cadence_due IS NULL))
);
-- one cadence pack per due item (customer, engagement or none, kind, due date), whichever gateway replica comes first
CREATE UNIQUE INDEX status_pack_cadence_item ON status_pack
    (customer_id, coalesce(engagement_id, '00000000-0000-0000-0000-000000000000'::uuid), cadence_kind, cadence_due)
    WHERE trigger = 'CADENCE';
CREATE INDEX status_pack_customer ON status_pack (customer_id, created_at DESC);

CREATE TABLE status_pack_content (
    pack_id  uuid   PRIMARY KEY REFERENCES status_pack (id) ON DELETE CASCADE,
    content  bytea  NOT NULL
);
