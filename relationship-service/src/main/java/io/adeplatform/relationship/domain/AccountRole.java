package io.adeplatform.relationship.domain;

import com.fasterxml.jackson.annotation.JsonValue;

/** A person's role on one customer's account team. */
public enum AccountRole {
    EXECUTIVE("executive"),
    DELIVERY_MANAGER("delivery-manager"),
    FINANCE("finance"),
    VIEWER("viewer");

    private final String wireName;

    AccountRole(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }
}
