package io.adeplatform.escalation.api;

import io.adeplatform.escalation.domain.Trend;
import io.adeplatform.escalation.domain.Visibility;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An update on the timeline: {@code POST /api/escalations/{id}/timeline}. */
public record TimelineUpdateRequest(
        @Schema(example = "We have restored service and are monitoring.") @NotBlank @Size(max = 5000) String text,
        @Schema(description = "internal: a work note for the account team only; customer: may be shown to the customer "
                + "by a customer-facing client (the only entries such a client may read)", example = "customer")
        @NotNull Visibility visibility,
        @Schema(description = "the author's judgement of how the escalation develops; becomes the escalation's trend",
                example = "improving")
        Trend trend) {
}
