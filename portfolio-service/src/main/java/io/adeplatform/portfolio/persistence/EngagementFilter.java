package io.adeplatform.portfolio.persistence;

import io.adeplatform.portfolio.domain.Health;
import io.adeplatform.portfolio.domain.Stage;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** What an engagement list is narrowed to; {@code visibleTo} empty means no account-team restriction (admin). */
public record EngagementFilter(UUID customerId, Stage stage, Health health, String deliveryManager,
                               Optional<Set<UUID>> visibleTo) {
}
