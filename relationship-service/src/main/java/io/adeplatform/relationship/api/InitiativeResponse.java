package io.adeplatform.relationship.api;

import io.adeplatform.platform.http.Versioned;
import io.adeplatform.relationship.domain.InitiativeStatus;
import io.adeplatform.relationship.domain.PlanInitiative;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

public record InitiativeResponse(UUID id, UUID customerId, UUID objectiveId, String name, String description,
                                 String owner, InitiativeStatus status, LocalDate dueDate,
                                 @Schema(description = "The version, sent back as ETag; an update or transition names it in If-Match") long version)
        implements Versioned {

    public static InitiativeResponse from(PlanInitiative i) {
        return new InitiativeResponse(i.id, i.customerId, i.objectiveId, i.name, i.description, i.owner, i.status,
                i.dueDate, i.version);
    }
}
