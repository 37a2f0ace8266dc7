package io.adeplatform.relationship.domain;

import java.util.EnumSet;
import java.util.Set;

/** A detractor follow-up: open → in-progress → done; open or in progress → cancelled. Done and cancelled are final. */
public enum FollowUpStatus {
    OPEN, IN_PROGRESS, DONE, CANCELLED;

    public Set<FollowUpStatus> targets() {
        return switch (this) {
            case OPEN -> EnumSet.of(IN_PROGRESS, DONE, CANCELLED);
            case IN_PROGRESS -> EnumSet.of(DONE, CANCELLED);
            case DONE, CANCELLED -> EnumSet.noneOf(FollowUpStatus.class);
        };
    }

    public boolean isClosed() {
        return this == DONE || this == CANCELLED;
    }
}
