package io.adeplatform.platform.security;

/**
 * Realm roles of the Keycloak realm {@code ade}. A role decides which kind of action a caller may take;
 * account-team membership ({@link AccountAccess}) decides which customers the caller sees at all.
 */
public final class Roles {

    public static final String EXECUTIVE = "executive";
    public static final String DELIVERY_MANAGER = "delivery-manager";
    public static final String FINANCE = "finance";
    public static final String VIEWER = "viewer";
    public static final String ADMIN = "admin";
    /** Machine access of partner systems (client credentials of the partner client). */
    public static final String PARTNER = "partner";
    /**
     * Machine identity of the platform's own reporting (client credentials of client ade-reporter, used by the
     * gateway): reads every customer's data like admin, never writes ({@link AccountAccess}); the one thing it stores
     * is a rendered status pack (relationship-service).
     */
    public static final String REPORTER = "reporter";

    private Roles() {
    }
}
