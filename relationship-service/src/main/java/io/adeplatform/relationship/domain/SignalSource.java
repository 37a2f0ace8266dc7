package io.adeplatform.relationship.domain;

/** The service a relationship-health signal came from (stored as its wire name in health_signal.source). */
public enum SignalSource {
    ESCALATION, INVOICE, COMMITMENT
}
