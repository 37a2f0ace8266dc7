package io.adeplatform.portfolio.api;

/** Texts the OpenAPI annotations of several resources share (annotation values must be constants). */
final class ApiDocs {

    static final String ENGAGEMENT_ID = "The engagement's id; an engagement of a customer whose account team the "
            + "caller is not on answers 404, like one that does not exist";
    static final String IF_MATCH = "The ETag of the item as last read (e.g. \"3\", or * for any version): required, "
            + "428 without it, 412 when another change came first";
    static final String IDEMPOTENCY_KEY = "Makes the create safe to retry (at most 255 characters, kept 24 hours): the "
            + "same key with the same body replays the first answer with Idempotent-Replayed: true; with another body "
            + "it is 422 idempotency-key-reused";
    static final String READERS = "Any member of the customer's account team, or an admin. ";
    static final String DELIVERY_WRITERS = "Realm roles executive, delivery-manager or admin, and a writing role on "
            + "the customer's account team (a viewer gets 403). ";
    static final String CREATED = "Created; Location names the new item";
    static final String LIST = "One page of the list envelope {items, page, limit, hasMore}";

    private ApiDocs() {
    }
}
