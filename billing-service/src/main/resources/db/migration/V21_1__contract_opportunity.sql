-- Issue 21: a draft contract made from a won opportunity (relationship-service) names it; at most one contract per
-- opportunity, whatever redeliveries or races (the consumer checks first, this holds it).
ALTER TABLE contract ADD COLUMN opportunity_id uuid;
CREATE UNIQUE INDEX contract_opportunity ON contract (opportunity_id) WHERE opportunity_id IS NOT NULL;
