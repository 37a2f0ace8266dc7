package io.adeplatform.relationship.persistence;

import io.adeplatform.relationship.domain.CustomerStatus;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What a customer list is narrowed to. {@code visibleTo} empty means no account-team restriction (admin).
 */
public record CustomerFilter(String segment, String tier, String region, CustomerStatus status, String nameContains,
                             Optional<Set<UUID>> visibleTo) {

    public CustomerFilter(String segment, CustomerStatus status, String nameContains, Optional<Set<UUID>> visibleTo) {
        this(segment, null, null, status, nameContains, visibleTo);
    }
}
