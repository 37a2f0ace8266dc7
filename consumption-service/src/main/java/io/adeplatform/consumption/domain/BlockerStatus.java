package io.adeplatform.consumption.domain;

import java.util.Set;

/** open → in-progress → resolved; open → resolved; resolved → open (reopen). Nothing else. */
public enum BlockerStatus {
    OPEN, IN_PROGRESS, RESOLVED;

    public boolean canMoveTo(BlockerStatus next) {
        return switch (this) {
            case OPEN -> Set.of(IN_PROGRESS, RESOLVED).contains(next);
            case IN_PROGRESS -> next == RESOLVED;
            case RESOLVED -> next == OPEN;
        };
    }

    @jakarta.persistence.Converter
    public static class Converter extends WireNameConverter<BlockerStatus> {
        public Converter() {
            super(BlockerStatus.class);
        }
    }
}
