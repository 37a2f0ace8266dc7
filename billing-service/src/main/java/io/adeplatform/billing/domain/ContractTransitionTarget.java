package io.adeplatform.billing.domain;

/** The statuses a client may ask a contract to move to: every status but draft (a revision is a new contract). */
public enum ContractTransitionTarget {
    PENDING_APPROVAL, APPROVED, REJECTED, SIGNED, ACTIVE, CLOSED;

    public ContractStatus status() {
        return ContractStatus.valueOf(name());
    }
}
