package io.adeplatform.escalation.service;

import io.adeplatform.escalation.domain.Category;
import io.adeplatform.escalation.domain.EscalationDetails;
import io.adeplatform.escalation.domain.Severity;

import java.util.List;
import java.util.UUID;

/**
 * A signal from another service that calls for an escalation. {@code key} names the cause (one active escalation
 * per key); {@code signal} is the timeline text when an active escalation for the key already exists. Texts are cut
 * to what an escalation holds.
 */
record AutomaticCause(String key, UUID customerId, UUID engagementId, Severity severity, Category category,
                      String title, String description, String signal) {

    AutomaticCause {
        title = truncate(title, 200);
        description = truncate(description, 5000);
        signal = truncate(signal, 5000);
    }

    /** The escalation to open, owned by {@code owner}, without watchers. */
    EscalationDetails details(String owner) {
        return new EscalationDetails(engagementId, title, description, severity, category, owner, List.of());
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
