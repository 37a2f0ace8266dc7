-- Issue 20 (quality): stage gates, quality reviews with checklists, findings linked into RAID, executive waivers.

-- The gates, one row per gate, each guarding a move forward into its target stage (the engagement's stage names as
-- stored: upper case). These rows are the defaults; a deployment configures gates by changing the table.
CREATE TABLE quality_gate (
    code         varchar(60)  PRIMARY KEY,
    name         varchar(200) NOT NULL,
    description  text         NOT NULL,
    target_stage varchar(30)  NOT NULL
);

CREATE TABLE quality_gate_item (
    gate_code varchar(60)  NOT NULL REFERENCES quality_gate (code),
    position  integer      NOT NULL,
    item      varchar(300) NOT NULL,
    PRIMARY KEY (gate_code, position)
);

INSERT INTO quality_gate (code, name, description, target_stage) VALUES
    ('solution-review', 'Solution review',
     'The solution is reviewed before the engagement moves into delivery planning', 'DELIVERY_PLANNING'),
    ('deliverable-acceptance', 'Deliverable acceptance',
     'The deliverables are accepted during delivery, before the engagement moves into closure', 'CLOSURE');

INSERT INTO quality_gate_item (gate_code, position, item) VALUES
    ('solution-review', 0, 'Architecture and solution design reviewed'),
    ('solution-review', 1, 'Estimates and assumptions validated'),
    ('solution-review', 2, 'Delivery risks recorded in the RAID log'),
    ('deliverable-acceptance', 0, 'Deliverables accepted by the customer'),
    ('deliverable-acceptance', 1, 'Acceptance criteria evidenced'),
    ('deliverable-acceptance', 2, 'Handover to support agreed');

CREATE TABLE quality_review (
    id            uuid         PRIMARY KEY,
    engagement_id uuid         NOT NULL REFERENCES engagement (id),
    gate_code     varchar(60)  NOT NULL REFERENCES quality_gate (code),
    title         varchar(300) NOT NULL,
    reviewer      varchar(200) NOT NULL,
    outcome       varchar(20)  NOT NULL,
    decided_at    timestamptz,
    decided_by    varchar(200),
    created_at    timestamptz  NOT NULL,
    created_by    varchar(200) NOT NULL,
    version       bigint       NOT NULL
);
CREATE INDEX quality_review_engagement ON quality_review (engagement_id, gate_code);

CREATE TABLE quality_review_item (
    review_id uuid         NOT NULL REFERENCES quality_review (id),
    position  integer      NOT NULL,
    item      varchar(300) NOT NULL,
    done      boolean      NOT NULL,
    PRIMARY KEY (review_id, position)
);

CREATE TABLE quality_finding (
    id            uuid         PRIMARY KEY,
    engagement_id uuid         NOT NULL REFERENCES engagement (id),
    review_id     uuid         NOT NULL REFERENCES quality_review (id),
    severity      varchar(20)  NOT NULL,
    title         varchar(300) NOT NULL,
    description   text,
    status        varchar(20)  NOT NULL,
    raid_item_id  uuid         NOT NULL REFERENCES raid_item (id),
    resolved_at   timestamptz,
    resolved_by   varchar(200),
    created_at    timestamptz  NOT NULL,
    created_by    varchar(200) NOT NULL,
    version       bigint       NOT NULL
);
CREATE INDEX quality_finding_engagement ON quality_finding (engagement_id);
CREATE INDEX quality_finding_review ON quality_finding (review_id);

-- A gate waived by an executive for one engagement: who, when, why. At most one per gate and engagement.
CREATE TABLE quality_gate_waiver (
    id            uuid         PRIMARY KEY,
    engagement_id uuid         NOT NULL REFERENCES engagement (id),
    gate_code     varchar(60)  NOT NULL REFERENCES quality_gate (code),
    reason        text         NOT NULL,
    created_at    timestamptz  NOT NULL,
    created_by    varchar(200) NOT NULL,
    UNIQUE (engagement_id, gate_code)
);
