package io.adeplatform.relationship.api;

import io.adeplatform.relationship.domain.CustomerStatus;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A move of a customer's status; the one move is active → archived (final). */
public record CustomerTransitionRequest(
        @NotNull @Schema(description = "The status to move to: archived (only from active; archiving is final)",
                example = "archived") CustomerStatus to) {
}
