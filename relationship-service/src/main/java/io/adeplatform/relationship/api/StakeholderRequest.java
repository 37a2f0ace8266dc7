package io.adeplatform.relationship.api;

import io.adeplatform.relationship.domain.RoleType;
import io.adeplatform.relationship.domain.Stance;
import io.adeplatform.relationship.domain.StakeholderDetails;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/**
 * A stakeholder as a client writes it (create and full-replacement update). {@code active} defaults to true;
 * {@code reportsToId} names another stakeholder of the same customer or is null.
 */
public record StakeholderRequest(
        @NotBlank @Size(max = 200) @Schema(example = "Carla Ortiz") String name,
        @Size(max = 200) @Schema(description = "Job title", example = "Chief Information Officer") String title,
        @NotNull @Schema(description = "The role that matters for coverage", example = "cio") RoleType roleType,
        @NotNull @Min(1) @Max(5) @Schema(description = "Influence on decisions, 1 (little) to 5 (decisive)", example = "5")
        Integer influence,
        @NotNull @Schema(description = "Stance towards us", example = "champion") Stance stance,
        @Schema(description = "The stakeholder this one reports to: another stakeholder of the same customer, or null",
                example = "7a1d5c3e-2b4f-4e6a-9c8d-1f2e3d4c5b6a") UUID reportsToId,
        @Email @Size(max = 320) @Schema(example = "carla.ortiz@dot.example.gov") String email,
        @Size(max = 50) @Schema(example = "+1 360 555 0100") String phone,
        @Schema(description = "false deactivates (stakeholders are never deleted); default true", example = "true")
        Boolean active) {

    public StakeholderDetails details() {
        return new StakeholderDetails(name, title, roleType, influence, stance, reportsToId, email, phone,
                active == null || active);
    }
}
