package io.adeplatform.relationship.api;

import io.adeplatform.relationship.domain.OpportunityStage;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A move of an opportunity's stage: identified → qualified → proposed → won, or lost from any open stage. */
public record OpportunityTransitionRequest(
        @NotNull @Schema(description = "The stage to move to; won and lost are final", example = "qualified")
        OpportunityStage to) {
}
