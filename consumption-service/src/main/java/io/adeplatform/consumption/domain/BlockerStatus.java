package io.adeplatform.consumption.domain;

import java.util.EnumSet;
import java.util.Set;

/** open → in-progress → resolved; open → resolved; resolved → open (reopen). Nothing else. */
public enum BlockerStatus {
    OPEN, IN_PROGRESS, RESOLVED;

    /** The statuses this one may move to, in declaration order. */
    public Set<BlockerStatus> targets() {
        return switch (this) {
            case OPEN -> EnumSet.of(IN_PROGRESS, RESOLVED);
            case IN_PROGRESS -> EnumSet.of(RESOLVED);
            case RESOLVED -> EnumSet.of(OPEN);
        };
    }

    public boolean canMoveTo(BlockerStatus next) {
        return targets().contains(next);
    }

    @jakarta.persistence.Converter
    public static class Converter extends WireNameConverter<BlockerStatus> {
        public Converter() {
            super(BlockerStatus.class);
        }
    }
}
