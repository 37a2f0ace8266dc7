package io.adeplatform.platform.customers;

/** The customer event types relationship-service publishes, as this projection reads them. */
public final class CustomerEvents {

    public static final String REGISTERED = "io.adeplatform.relationship.customer.registered.v1";
    public static final String UPDATED = "io.adeplatform.relationship.customer.updated.v1";
    public static final String ACCOUNT_TEAM_CHANGED = "io.adeplatform.relationship.customer.account-team-changed.v1";
    public static final String ARCHIVED = "io.adeplatform.relationship.customer.archived.v1";

    private CustomerEvents() {
    }
}
