package io.adeplatform.platform.core;

/**
 * A person's role on one customer's account team (wire names "executive", "delivery-manager", "finance", "viewer").
 * relationship-service owns the teams; every other service knows them from its customer projection. What each role
 * may do on the account is decided in one place, platform/security's {@code AccountAction}.
 */
public enum AccountRole {
    EXECUTIVE, DELIVERY_MANAGER, FINANCE, VIEWER;

    /** The role for this wire name, or null for a name this version does not know (it then allows nothing). */
    public static AccountRole ofWireName(String name) {
        for (AccountRole role : values()) {
            if (WireEnums.wireName(role).equals(name)) {
                return role;
            }
        }
        return null;
    }
}
