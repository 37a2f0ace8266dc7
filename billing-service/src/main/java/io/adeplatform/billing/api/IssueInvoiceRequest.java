package io.adeplatform.billing.api;

import java.time.LocalDate;

/** Optional body of {@code /issue}: the invoice date when it is not today (backdating within the allowed window). */
public record IssueInvoiceRequest(LocalDate invoiceDate) {
}
