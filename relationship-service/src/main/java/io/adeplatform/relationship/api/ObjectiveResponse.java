package io.adeplatform.relationship.api;

import io.adeplatform.platform.http.Versioned;
import io.adeplatform.relationship.domain.ObjectiveStatus;
import io.adeplatform.relationship.domain.PlanObjective;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

public record ObjectiveResponse(UUID id, UUID customerId, String title, String description, ObjectiveStatus status,
                                LocalDate targetDate,
                                @Schema(description = "The version, sent back as ETag; an update or transition names it in If-Match") long version) implements Versioned {

    public static ObjectiveResponse from(PlanObjective o) {
        return new ObjectiveResponse(o.id, o.customerId, o.title, o.description, o.status, o.targetDate, o.version);
    }
}
