-- Weighted pipeline (issue 21): an opportunity's probability of closing (0-100 %, not yet estimated when null) and
-- the month it is expected to close (yyyy-MM, so the text sorts as the months do). Opportunities recorded before
-- take the month of their expected close date.
ALTER TABLE plan_opportunity ADD COLUMN probability integer CHECK (probability BETWEEN 0 AND 100);
ALTER TABLE plan_opportunity ADD COLUMN expected_close_month varchar(7);
UPDATE plan_opportunity SET expected_close_month = to_char(expected_close_date, 'YYYY-MM');
ALTER TABLE plan_opportunity ALTER COLUMN expected_close_month SET NOT NULL;
CREATE INDEX plan_opportunity_pipeline ON plan_opportunity (customer_id, expected_close_month) WHERE stage NOT IN ('WON', 'LOST');
