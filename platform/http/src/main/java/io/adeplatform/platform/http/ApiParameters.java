package io.adeplatform.platform.http;

/**
 * The one wording of the parameters many operations of every service declare, as the OpenAPI document shows them
 * (the If-Match and Idempotency-Key texts are completed by {@link StandardHeaders}).
 */
public final class ApiParameters {

    public static final String CUSTOMER_ID = "The customer's id; 404 when it does not exist or the caller is not on its "
            + "account team (admins see every customer)";
    public static final String IF_MATCH = "The ETag of the item as last read (required: 428 without it, 412 when "
            + "another change came first)";
    public static final String IDEMPOTENCY_KEY = "Makes the create safe to retry (1–255 characters, kept 24 h): the same "
            + "key with the same body replays the first answer (Idempotent-Replayed: true), with another body it is a 422";

    private ApiParameters() {
    }
}
