package io.adeplatform.portfolio.api.staffing;

import io.adeplatform.portfolio.domain.ResourceRequestStatus;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A manual move of a resource request. */
public record ResourceRequestTransitionRequest(
        @Schema(description = "submitted (from draft) or cancelled (from draft, submitted or partially-filled); "
                + "partially-filled and filled follow from assignments", example = "submitted")
        @NotNull ResourceRequestStatus to) {
}
