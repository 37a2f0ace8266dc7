package io.adeplatform.relationship.domain;

/** A person's role on one customer's account team. */
public enum AccountRole {
    EXECUTIVE, DELIVERY_MANAGER, FINANCE, VIEWER
}
