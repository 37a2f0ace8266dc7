package io.adeplatform.platform.customers;

/** The customer event types relationship-service publishes, as this projection reads them. */
public final class CustomerEvents {

    public static final String REGISTERED = "io.adeplatform.relationship.customer.registered.v1";
    public static final String UPDATED = "io.adeplatform.relationship.customer.updated.v1";
    /** The whole team, no version: published before issue 15; still read from older records on the topic. */
    public static final String ACCOUNT_TEAM_CHANGED_V1 = "io.adeplatform.relationship.customer.account-team-changed.v1";
    /** One member's change and the customer's version after it. */
    public static final String ACCOUNT_TEAM_CHANGED = "io.adeplatform.relationship.customer.account-team-changed.v2";
    public static final String ARCHIVED = "io.adeplatform.relationship.customer.archived.v1";
    /** The customer's whole state, on the compacted {@link #STATE_TOPIC}. */
    public static final String STATE = "io.adeplatform.relationship.customer-state.snapshot.v1";

    public static final String STATE_TOPIC = "relationship.customer-state.events";

    private CustomerEvents() {
    }
}
