package io.adeplatform.relationship.domain;

import com.fasterxml.jackson.annotation.JsonValue;

public enum CustomerStatus {
    ACTIVE, ARCHIVED;

    @JsonValue
    public String wireName() {
        return name().toLowerCase();
    }
}
