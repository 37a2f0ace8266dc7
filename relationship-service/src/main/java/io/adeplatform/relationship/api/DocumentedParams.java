package io.adeplatform.relationship.api;

/**
 * The writers' rule, in the words every writing operation of this service documents (the shared parameter texts are
 * platform/http's ApiParameters).
 */
public final class DocumentedParams {

    public static final String WRITERS = "Realm roles executive, delivery-manager or admin, and a writing role on the "
            + "customer's account team (not viewer); an archived customer's data is read-only (409 customer-archived).";

    private DocumentedParams() {
    }
}
