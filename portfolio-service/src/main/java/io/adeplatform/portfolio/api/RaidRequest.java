package io.adeplatform.portfolio.api;

import io.adeplatform.portfolio.domain.RaidDetails;
import io.adeplatform.portfolio.domain.RaidType;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** A new RAID entry; it starts open. */
public record RaidRequest(
        @Schema(example = "risk") @NotNull RaidType type,
        @Schema(example = "Interface vendor may deliver late") @NotBlank @Size(max = 300) String title,
        @Schema(example = "The MMIS interface vendor has missed two interim dates") @Size(max = 4000) String description,
        @Schema(description = CATEGORY, example = "change") @Size(max = 100) String category,
        @Schema(description = "Who owns the entry (a username or a name)", example = "dave.dm")
        @NotBlank @Size(max = 200) String owner,
        @Schema(description = "Required for an action", example = "2026-12-15") LocalDate dueDate,
        @Schema(description = PROBABILITY, example = "4") @Min(1) @Max(5) Integer probability,
        @Schema(description = IMPACT, example = "3") @Min(1) @Max(5) Integer impact) {

    static final String CATEGORY = "Free classification; an open issue of category change counts against scope, of "
            + "category quality against quality (stored in lower case whatever the spelling)";
    static final String PROBABILITY = "1 (rare) to 5 (almost certain); required for a risk";
    static final String IMPACT = "1 (minor) to 5 (severe); required for a risk";

    RaidDetails details() {
        return new RaidDetails(title, description, category, owner, dueDate, probability, impact);
    }
}
