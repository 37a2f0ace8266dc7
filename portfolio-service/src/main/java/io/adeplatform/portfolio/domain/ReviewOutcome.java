package io.adeplatform.portfolio.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * A review's outcome: pending → passed or failed; failed → pending (re-review after rework) or passed; passed →
 * pending (reopened, e.g. when new facts come to light).
 */
public enum ReviewOutcome {
    PENDING, PASSED, FAILED;

    public Set<ReviewOutcome> allowed() {
        return switch (this) {
            case PENDING -> EnumSet.of(PASSED, FAILED);
            case FAILED -> EnumSet.of(PENDING, PASSED);
            case PASSED -> EnumSet.of(PENDING);
        };
    }
}
