package io.adeplatform.portfolio.domain;

import io.adeplatform.platform.core.WireEnums;

/**
 * A RAG rating, ordered from best to worst.
 * JSON reads and writes the wire name (lower case with hyphens) through the platform's one enum mapping.
 */
public enum Health {
    GREEN, AMBER, RED;

    /** The wire name, for messages that quote the value as clients see it. */
    public String wireName() {
        return WireEnums.wireName(this);
    }
}
