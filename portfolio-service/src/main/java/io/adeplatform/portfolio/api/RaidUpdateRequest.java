package io.adeplatform.portfolio.api;

import io.adeplatform.portfolio.domain.RaidDetails;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** The details of a RAID entry as they are to be; its status moves by transitions, its type never changes here. */
public record RaidUpdateRequest(
        @Schema(example = "Interface vendor may deliver late") @NotBlank @Size(max = 300) String title,
        @Schema(example = "The MMIS interface vendor has missed two interim dates") @Size(max = 4000) String description,
        @Schema(description = RaidRequest.CATEGORY, example = "change") @Size(max = 100) String category,
        @Schema(description = "Who owns the entry (a username or a name)", example = "dave.dm")
        @NotBlank @Size(max = 200) String owner,
        @Schema(description = "Required for an action", example = "2026-12-15") LocalDate dueDate,
        @Schema(description = RaidRequest.PROBABILITY, example = "4") @Min(1) @Max(5) Integer probability,
        @Schema(description = RaidRequest.IMPACT, example = "3") @Min(1) @Max(5) Integer impact) {

    RaidDetails details() {
        return new RaidDetails(title, description, category, owner, dueDate, probability, impact);
    }
}
