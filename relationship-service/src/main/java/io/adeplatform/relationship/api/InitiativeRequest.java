package io.adeplatform.relationship.api;

import io.adeplatform.relationship.domain.InitiativeDetails;
import io.adeplatform.relationship.domain.InitiativeStatus;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/** An account-plan initiative, optionally towards an objective of the same customer; status defaults to planned. */
public record InitiativeRequest(
        @NotBlank @Size(max = 200) @Schema(example = "Landing zone workshop") String name,
        @Size(max = 4000) @Schema(example = "Two-day workshop with the CIO's architects") String description,
        @Schema(description = "An objective of the same customer's plan, or null",
                example = "5b2e8f1a-3c4d-4e5f-8a9b-0c1d2e3f4a5b") UUID objectiveId,
        @Size(max = 200) @Schema(description = "Who drives it", example = "ada.exec") String owner,
        @Schema(description = "Default planned on create; omitted on update keeps the current one", example = "in-progress")
        InitiativeStatus status,
        @Schema(example = "2027-02-15") LocalDate dueDate) {

    public InitiativeDetails details() {
        return new InitiativeDetails(name, description, objectiveId, owner, status, dueDate);
    }
}
