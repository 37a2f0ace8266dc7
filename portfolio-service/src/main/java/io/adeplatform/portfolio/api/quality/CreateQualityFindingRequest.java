package io.adeplatform.portfolio.api.quality;

import io.adeplatform.portfolio.domain.FindingSeverity;
import io.adeplatform.portfolio.service.quality.Remediation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/** A finding of a review, with how its remediation is tracked in the RAID log. */
public record CreateQualityFindingRequest(
        @Schema(description = "The review that found it (one of this engagement's, else 422 unknown-quality-review)",
                example = "3f1c9a52-7d1e-4b8a-9c55-2a6f0e1d4b77")
        @NotNull UUID reviewId,
        @Schema(example = "high") @NotNull FindingSeverity severity,
        @Schema(example = "No disaster recovery design") @NotBlank @Size(max = 300) String title,
        @Schema(example = "The solution has no recovery point objective") @Size(max = 4000) String description,
        @Schema(description = "Link an existing RAID entry (raidItemId), or create a RAID action of category quality "
                + "(owner and dueDate)")
        @NotNull @Valid RemediationPart remediation) {

    /** Either an existing RAID entry of the engagement or the owner and due date of a new action. */
    public record RemediationPart(
            @Schema(description = "An existing RAID entry of this engagement (else 422 unknown-raid-item)",
                    example = "9b2d4e61-0c3a-4f7b-8e1d-5a6c7b8d9e0f") UUID raidItemId,
            @Schema(description = "Owner of the new remediation action", example = "dave.dm") @Size(max = 200) String owner,
            @Schema(description = "Due date of the new remediation action", example = "2026-12-15") LocalDate dueDate) {
    }

    Remediation remediationOf() {
        return new Remediation(remediation.raidItemId(), remediation.owner(), remediation.dueDate());
    }
}
