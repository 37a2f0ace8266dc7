package io.adeplatform.escalation.domain;

import io.adeplatform.platform.core.WireNamed;

/**
 * Escalation levels: L1 the delivery team, L2 the ADE, L3 the executive sponsors. Unlike the other enums, the wire
 * name is the constant itself ("L1", "L2", "L3"), as the API and the event schemas have always written it.
 */
public enum Level implements WireNamed {
    L1, L2, L3;

    @Override
    public String wireName() {
        return name();
    }

    public boolean isAbove(Level other) {
        return ordinal() > other.ordinal();
    }

    /** The next level up, or this level when it is already the highest. */
    public Level next() {
        return this == L3 ? L3 : values()[ordinal() + 1];
    }
}
