package io.adeplatform.billing.api;

import java.util.List;

/** The drafts one request created (none when nothing was due). */
public record InvoicesCreatedResponse(List<InvoiceResponse> items) {
}
