package io.adeplatform.relationship.persistence;

import io.adeplatform.relationship.domain.CustomerStatus;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What a customer list is narrowed to. {@code visibleTo} empty means no account-team restriction (admin).
 */
public record CustomerFilter(String segment, CustomerStatus status, String nameContains, Optional<Set<UUID>> visibleTo) {
}
