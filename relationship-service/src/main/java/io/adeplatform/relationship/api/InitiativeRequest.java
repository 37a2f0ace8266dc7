package io.adeplatform.relationship.api;

import io.adeplatform.relationship.domain.InitiativeDetails;
import io.adeplatform.relationship.domain.InitiativeStatus;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.UUID;

/** An account-plan initiative, optionally towards an objective of the same customer; status defaults to planned. */
public record InitiativeRequest(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 4000) String description,
        UUID objectiveId,
        @Size(max = 200) String owner,
        InitiativeStatus status,
        LocalDate dueDate) {

    public InitiativeDetails details() {
        return new InitiativeDetails(name, description, objectiveId, owner, status, dueDate);
    }
}
