package io.adeplatform.escalation.service;

import io.adeplatform.escalation.domain.Escalation;

import java.time.Instant;

/** An escalation's SLA timers as measured at one instant. */
public record SlaView(Escalation escalation, Instant evaluatedAt) {
}
