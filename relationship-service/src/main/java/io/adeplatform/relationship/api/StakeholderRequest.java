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

import java.util.UUID;

/**
 * A stakeholder as a client writes it (create and full-replacement update). {@code active} defaults to true;
 * {@code reportsToId} names another stakeholder of the same customer or is null.
 */
public record StakeholderRequest(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 200) String title,
        @NotNull RoleType roleType,
        @NotNull @Min(1) @Max(5) Integer influence,
        @NotNull Stance stance,
        UUID reportsToId,
        @Email @Size(max = 320) String email,
        @Size(max = 50) String phone,
        Boolean active) {

    public StakeholderDetails details() {
        return new StakeholderDetails(name, title, roleType, influence, stance, reportsToId, email, phone,
                active == null || active);
    }
}
