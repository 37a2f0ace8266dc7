package io.adeplatform.relationship.domain.cadence;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An open engagement of a customer, learned from portfolio's events: its start (from which a steering committee never
 * held is due) and the last steering committee held, not after the day asked about (null when none).
 */
public record CadenceEngagement(UUID id, UUID customerId, LocalDate startDate, LocalDate lastHeld) {
}
