package io.adeplatform.portfolio.domain;

import com.fasterxml.jackson.annotation.JsonValue;
import io.adeplatform.platform.core.WireEnums;

/** A RAG rating, ordered from best to worst. Wire names are lower case with hyphens; Jackson reads them back through the same @JsonValue. */
public enum Health {
    GREEN, AMBER, RED;

    @JsonValue
    public String wireName() {
        return WireEnums.wireName(this);
    }
}
