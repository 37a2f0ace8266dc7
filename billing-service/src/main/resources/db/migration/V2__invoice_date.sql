-- The invoice (document) date, which may lie before the moment of issuing (a backdated invoice within the allowed
-- window); due dates count from it. Invoices issued before this column existed were dated on their issue day.
ALTER TABLE invoice ADD COLUMN invoice_date date;
UPDATE invoice SET invoice_date = (issued_at AT TIME ZONE 'UTC')::date WHERE issued_at IS NOT NULL;
