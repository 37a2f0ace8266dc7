package io.adeplatform.relationship.api;

/**
 * The descriptions of the parameters many operations share (customer id, If-Match, Idempotency-Key) and of the
 * writers' rule, so every operation documents the same thing in the same words.
 */
final class DocumentedParams {

    static final String CUSTOMER_ID = "The customer's id; 404 when it does not exist or the caller is not on its "
            + "account team (admins see every customer)";

    static final String IF_MATCH = "The ETag of the item as last read. Required: 428 without it, 412 when another "
            + "change came first";

    static final String IDEMPOTENCY_KEY = "Makes the create safe to retry (1–255 characters, kept 24 h): the same key "
            + "with the same body replays the first answer (Idempotent-Replayed: true), with another body it is a 422";

    static final String WRITERS = "Realm roles executive, delivery-manager or admin, and a writing role on the "
            + "customer's account team (not viewer); an archived customer's data is read-only (409 customer-archived).";

    private DocumentedParams() {
    }
}
