package io.adeplatform.billing.domain;

/** What an approver decided on a submitted contract. */
public enum Decision {
    APPROVED, REJECTED
}
