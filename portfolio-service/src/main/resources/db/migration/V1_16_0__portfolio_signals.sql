-- Issue 16: portfolio signals.

-- Milestones the customer refuses at acceptance (RAG quality).
ALTER TABLE milestone ADD COLUMN rejections integer NOT NULL DEFAULT 0 CHECK (rejections >= 0);
ALTER TABLE milestone ADD COLUMN rejected_at timestamptz;

-- Every escalation on an engagement, not only critical ones: severity follows severity-changed, category feeds the
-- quality dimension. Rows before this version were all critical; their category is unknown.
ALTER TABLE engagement_escalation ADD COLUMN severity varchar(20) NOT NULL DEFAULT 'CRITICAL';
ALTER TABLE engagement_escalation ALTER COLUMN severity DROP DEFAULT;
ALTER TABLE engagement_escalation ADD COLUMN category varchar(30);

-- Percent-complete history, for earned value as of a past date.
CREATE TABLE progress_change (
    id               uuid          PRIMARY KEY,
    engagement_id    uuid          NOT NULL REFERENCES engagement (id),
    previous_percent numeric(5,2)  NOT NULL,
    percent          numeric(5,2)  NOT NULL,
    created_at       timestamptz   NOT NULL,
    created_by       varchar(200)  NOT NULL
);
CREATE INDEX progress_change_engagement ON progress_change (engagement_id, created_at);
