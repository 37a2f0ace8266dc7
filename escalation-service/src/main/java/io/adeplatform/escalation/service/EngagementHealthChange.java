package io.adeplatform.escalation.service;

import java.util.List;
import java.util.UUID;

/** Portfolio's report that an engagement's health (RAG) changed, with the reasons it gives. */
public record EngagementHealthChange(UUID engagementId, UUID customerId, String name, String previous, Health current,
                                     List<String> reasons) {

    /** The RAG colours portfolio reports. */
    public enum Health {
        GREEN, AMBER, RED
    }
}
