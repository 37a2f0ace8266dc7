-- Issue 16: one problem raises one system escalation. A cause (engagement-health-red:<engagementId>,
-- commitment-at-risk:<commitmentId>; the engagement or commitment belongs to one customer, so the key is the
-- correlation customer + engagement-or-none + cause) has at most one escalation that is not closed. Resolved ones
-- count: until an escalation is closed, a new trigger is a note on it.
--
-- Before this rule a resolved escalation let the next trigger open a second one. Of such pairs the most recently
-- opened keeps the cause; the older ones are no longer linked to it (their title and description still say what
-- they were opened for), so the index below can hold.
UPDATE escalation e SET cause_key = NULL
WHERE e.cause_key IS NOT NULL AND e.status <> 'CLOSED'
  AND EXISTS (SELECT 1 FROM escalation newer
              WHERE newer.cause_key = e.cause_key AND newer.status <> 'CLOSED'
                AND (newer.opened_at, newer.id) > (e.opened_at, e.id));

CREATE UNIQUE INDEX escalation_one_per_cause ON escalation (cause_key)
    WHERE cause_key IS NOT NULL AND status <> 'CLOSED';
