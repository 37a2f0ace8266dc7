package io.adeplatform.portfolio.domain;

/** How serious a review finding is; high and critical ones block a review from passing and rate quality red. */
public enum FindingSeverity {
    LOW, MEDIUM, HIGH, CRITICAL;

    public boolean blocks() {
        return this == HIGH || this == CRITICAL;
    }
}
