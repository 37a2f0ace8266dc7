package io.adeplatform.billing.api;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Optional body of completing a compliance checklist item. */
public record ComplianceCompletionRequest(
        @Schema(description = "What the review found or where its record is.", example = "Reviewed by legal, ticket LEG-1042",
                maxLength = 1000)
        @Size(max = 1000) String note) {
}
