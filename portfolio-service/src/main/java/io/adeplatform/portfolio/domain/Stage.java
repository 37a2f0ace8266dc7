package io.adeplatform.portfolio.domain;

import io.adeplatform.platform.core.WireEnums;

/**
 * The lifecycle stages of an engagement, in order.
 * JSON reads and writes the wire name (lower case with hyphens) through the platform's one enum mapping.
 */
public enum Stage {
    ENVISIONING, SOLUTION_DEVELOPMENT, DELIVERY_PLANNING, DELIVERY, CLOSURE;

    /** The wire name, for messages that quote the value as clients see it. */
    public String wireName() {
        return WireEnums.wireName(this);
    }
}
