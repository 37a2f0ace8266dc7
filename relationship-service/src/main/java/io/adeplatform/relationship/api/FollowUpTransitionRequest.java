package io.adeplatform.relationship.api;

import io.adeplatform.relationship.domain.FollowUpStatus;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A move of a detractor follow-up: open → in-progress → done, or cancelled while not closed. */
public record FollowUpTransitionRequest(
        @NotNull @Schema(description = "The status to move to; done and cancelled are final", example = "done")
        FollowUpStatus to,
        @Size(max = 2000) @Schema(description = "What was done, kept on the follow-up",
                example = "Called the CIO; agreed a weekly reporting review") String note) {
}
