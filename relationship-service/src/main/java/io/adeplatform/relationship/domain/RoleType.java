package io.adeplatform.relationship.domain;

import com.fasterxml.jackson.annotation.JsonValue;
import io.adeplatform.platform.core.WireEnums;

/** A stakeholder's kind of role at the customer. On the wire lower-case with hyphens (JSON input accepts the same form). */
public enum RoleType {
    CIO, CTO, CISO, CFO, CEO, IT_DIRECTOR, LOB_LEADER, TECHNOLOGY_PROFESSIONAL, PROCUREMENT, OTHER;

    @JsonValue
    public String wireName() {
        return WireEnums.wireName(this);
    }

    @Override
    public String toString() {
        return wireName();
    }
}
