package io.adeplatform.escalation.service;

import io.adeplatform.platform.core.Money;

import java.util.UUID;

/** Consumption's warning that a customer's commitment will not be consumed by its end date. Amounts may be absent. */
public record CommitmentAtRisk(UUID commitmentId, UUID customerId, Money commitment, Money projected, Money shortfall,
                               Money requiredDailyRate, String endDate) {
}
