package io.adeplatform.relationship.api;

import io.adeplatform.relationship.domain.InteractionDetails;
import io.adeplatform.relationship.domain.InteractionType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A contact that happened (date today or earlier) with at least one stakeholder of the customer. */
public record InteractionRequest(
        @NotNull InteractionType type,
        @NotNull LocalDate date,
        @NotEmpty @Size(max = 50) List<@NotNull UUID> stakeholderIds,
        @NotBlank @Size(max = 4000) String summary,
        @Size(max = 2000) String outcome,
        @Size(max = 2000) String nextStep) {

    public InteractionDetails details() {
        return new InteractionDetails(type, date, stakeholderIds, summary, outcome, nextStep);
    }
}
