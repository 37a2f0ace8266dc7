package io.adeplatform.consumption.api;

/** The one wording of the parameters several operations declare, as the OpenAPI document shows them. */
final class DocumentedParams {

    static final String CUSTOMER_ID = "The customer's id; 404 when the caller is not on its account team (or it does "
            + "not exist)";
    static final String IF_MATCH = "The ETag of the read this change is based on (required: 428 without it, 412 when "
            + "another change came first)";
    static final String IDEMPOTENCY_KEY = "Any text of at most 255 characters: a retry with the same key and body "
            + "within 24 h replays the first answer (Idempotent-Replayed: true); the same key with another body is 422";

    private DocumentedParams() {
    }
}
