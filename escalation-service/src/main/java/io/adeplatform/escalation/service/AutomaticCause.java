package io.adeplatform.escalation.service;

import io.adeplatform.escalation.domain.Category;
import io.adeplatform.escalation.domain.EscalationDetails;
import io.adeplatform.escalation.domain.Severity;

import java.util.List;
import java.util.UUID;

/**
 * A signal from another service that calls for an escalation. {@code key} names the cause: at most one escalation
 * per key is not closed (escalation.cause_key, unique among those). It names the engagement or the commitment, which
 * belong to one customer, so the key is the correlation customer + engagement or none + cause. {@code signal} is the
 * timeline text when such an escalation already exists. Texts are cut to what an escalation holds.
 */
record AutomaticCause(String key, UUID customerId, UUID engagementId, Severity severity, Category category,
                      String title, String description, String signal) {

    AutomaticCause {
        title = truncate(title, 200);
        description = truncate(description, 5000);
        signal = truncate(signal, 5000);
    }

    /** An engagement whose health turned red (the engagement is the escalation's engagement too). */
    static String engagementHealthRed(UUID engagementId) {
        return "engagement-health-red:" + engagementId;
    }

    /** A consumption commitment at risk (no engagement). */
    static String commitmentAtRisk(UUID commitmentId) {
        return "commitment-at-risk:" + commitmentId;
    }

    /** The escalation to open, owned by {@code owner}, without watchers. */
    EscalationDetails details(String owner) {
        return new EscalationDetails(engagementId, title, description, severity, category, owner, List.of());
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
