package io.adeplatform.escalation.domain;

import io.adeplatform.platform.core.WireEnums;

/**
 * The rank of whoever changed a level, ordered low to high. Lowering a level needs the rank that set it or higher.
 * A level the system raised (SLA breach) counts as an executive decision: a delivery manager cannot undo it.
 */
public enum Authority {
    DELIVERY_MANAGER, FINANCE, EXECUTIVE, SYSTEM, ADMIN;

    public String wireName() {
        return WireEnums.wireName(this);
    }

    /** Ranks: delivery-manager and finance 1, executive and system 2, admin 3. */
    public int rank() {
        return switch (this) {
            case DELIVERY_MANAGER, FINANCE -> 1;
            case EXECUTIVE, SYSTEM -> 2;
            case ADMIN -> 3;
        };
    }

    public boolean mayOverrule(Authority setter) {
        return rank() >= setter.rank();
    }
}
