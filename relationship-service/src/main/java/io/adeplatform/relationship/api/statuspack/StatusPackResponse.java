package io.adeplatform.relationship.api.statuspack;

import io.adeplatform.relationship.domain.CadenceKind;
import io.adeplatform.relationship.domain.PackTrigger;
import io.adeplatform.relationship.domain.statuspack.StatusPack;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** What is kept about a status pack (its PDF is downloaded apart). */
public record StatusPackResponse(
        @Schema(description = "The pack's id; its PDF is GET …/status-packs/{id}") UUID id,
        UUID customerId,
        @Schema(description = "The engagement the pack is of; null for the customer's pack") UUID engagementId,
        @Schema(description = "The date the pack reports as of", example = "2026-12-01") LocalDate asOf,
        @Schema(description = "on-demand (someone asked for it) or cadence (a due cadence item)") PackTrigger trigger,
        @Schema(description = "The due cadence item's kind; null unless trigger is cadence") CadenceKind cadenceKind,
        @Schema(description = "The due cadence item's due date; null unless trigger is cadence", example = "2026-12-15")
        LocalDate cadenceDue,
        @Schema(description = "When the pack was kept") OffsetDateTime generatedAt,
        @Schema(description = "Who the pack was rendered for; the storing identity when nobody asked",
                example = "ada.exec") String generatedBy,
        @Schema(description = "The PDF's size in bytes", example = "48213") int sizeBytes,
        @Schema(description = "Lower-case hex SHA-256 of the PDF, computed by this service; the download's ETag",
                example = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08") String sha256) {

    public static StatusPackResponse from(StatusPack p) {
        return new StatusPackResponse(p.id, p.customerId, p.engagementId, p.asOf, p.trigger, p.cadenceKind,
                p.cadenceDue, p.createdAt, p.generatedBy(), p.sizeBytes, p.sha256);
    }
}
