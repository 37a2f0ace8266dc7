-- Issue 21, the link both ways: the draft contract billing-service made from a won opportunity (its
-- contract drafted-from-opportunity event). At most one: the first contract stays the opportunity's.
ALTER TABLE plan_opportunity ADD COLUMN contract_id uuid;
