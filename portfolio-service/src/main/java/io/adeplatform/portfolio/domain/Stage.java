package io.adeplatform.portfolio.domain;

import com.fasterxml.jackson.annotation.JsonValue;
import io.adeplatform.platform.core.WireEnums;

/** The lifecycle stages of an engagement, in order. Wire names are lower case with hyphens; Jackson reads them back through the same @JsonValue. */
public enum Stage {
    ENVISIONING, SOLUTION_DEVELOPMENT, DELIVERY_PLANNING, DELIVERY, CLOSURE;

    @JsonValue
    public String wireName() {
        return WireEnums.wireName(this);
    }
}
