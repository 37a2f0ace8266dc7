package io.adeplatform.billing.api;

import io.adeplatform.billing.domain.ContractStatus;

/** The statuses a client may ask a contract to move to: every status but draft (a revision is a new contract). */
public enum ContractTransitionTarget {
    PENDING_APPROVAL, APPROVED, REJECTED, SIGNED, ACTIVE, CLOSED;

    ContractStatus status() {
        return ContractStatus.valueOf(name());
    }
}
