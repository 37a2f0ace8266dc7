package io.adeplatform.billing.service;

import io.adeplatform.billing.domain.CreditNote;

/** A credit note as the use cases answer it, in the currency of the invoice it credits. */
public record CreditNoteView(CreditNote note, String currency) {
}
