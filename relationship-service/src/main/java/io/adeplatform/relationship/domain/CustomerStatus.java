package io.adeplatform.relationship.domain;

import java.util.EnumSet;
import java.util.Set;

/** Active customers can be changed; archived ones are read-only, and archiving is final. */
public enum CustomerStatus {
    ACTIVE, ARCHIVED;

    /** The statuses this one may move to: active → archived, nothing from archived. */
    public Set<CustomerStatus> targets() {
        return this == ACTIVE ? EnumSet.of(ARCHIVED) : EnumSet.noneOf(CustomerStatus.class);
    }

    public boolean canMoveTo(CustomerStatus next) {
        return targets().contains(next);
    }
}
