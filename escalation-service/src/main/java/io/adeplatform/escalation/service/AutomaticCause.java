package io.adeplatform.escalation.service;

import io.adeplatform.escalation.domain.Category;
import io.adeplatform.escalation.domain.Severity;

import java.util.UUID;

/**
 * A signal from another service that calls for an escalation. {@code key} names the cause (one active escalation
 * per key); {@code signal} is the timeline text when an active escalation for the key already exists.
 */
public record AutomaticCause(String key, UUID customerId, UUID engagementId, Severity severity, Category category,
                             String title, String description, String signal) {
}
