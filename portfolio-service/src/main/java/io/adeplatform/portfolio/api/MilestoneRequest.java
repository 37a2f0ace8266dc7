package io.adeplatform.portfolio.api;

import io.adeplatform.platform.core.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** A milestone; without an amount it is not billable. */
public record MilestoneRequest(
        @Schema(example = "Pilot county migrated") @NotBlank @Size(max = 200) String name,
        @Schema(example = "2026-11-13") @NotNull LocalDate dueDate,
        @Schema(description = "What accepting it bills: greater than zero, in the engagement's budget currency; absent "
                + "for a milestone that is not billable", example = "{\"amount\": \"25000.00\", \"currency\": \"USD\"}")
        @Valid Money amount) {
}
