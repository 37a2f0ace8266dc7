package io.adeplatform.portfolio.domain;

/** Where a gate stands for one engagement: passed or waived lets the stage move through. */
public enum GateStatus {
    NOT_REVIEWED, PENDING, FAILED, PASSED, WAIVED;

    public boolean letsThrough() {
        return this == PASSED || this == WAIVED;
    }
}
