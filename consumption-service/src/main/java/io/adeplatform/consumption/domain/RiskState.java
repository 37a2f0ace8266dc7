package io.adeplatform.consumption.domain;

/**
 * Where a commitment stands at its last evaluation. {@code INSUFFICIENT_DATA}: too little usage history to project
 * anything, so neither at risk nor on track (no CommitmentAtRisk, no escalation).
 */
public enum RiskState {
    ON_TRACK, AT_RISK, INSUFFICIENT_DATA;

    @jakarta.persistence.Converter
    public static class Converter extends WireNameConverter<RiskState> {
        public Converter() {
            super(RiskState.class);
        }
    }
}
