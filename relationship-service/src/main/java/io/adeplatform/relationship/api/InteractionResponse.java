package io.adeplatform.relationship.api;

import io.adeplatform.relationship.domain.Interaction;
import io.adeplatform.relationship.domain.InteractionType;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

public record InteractionResponse(UUID id, UUID customerId, InteractionType type, LocalDate date,
                                  List<UUID> stakeholderIds, String summary, String outcome, String nextStep,
                                  OffsetDateTime createdAt, String createdBy) {

    public static InteractionResponse from(Interaction i) {
        return new InteractionResponse(i.id, i.customerId, i.type, i.date, i.stakeholderIds.stream().sorted().toList(),
                i.summary, i.outcome, i.nextStep, i.createdAt, i.createdBy);
    }
}
