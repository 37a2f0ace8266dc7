package io.adeplatform.relationship.api;

import io.adeplatform.relationship.domain.ObjectiveDetails;
import io.adeplatform.relationship.domain.ObjectiveStatus;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** An account-plan objective; status defaults to not-started on create. */
public record ObjectiveRequest(
        @NotBlank @Size(max = 200) @Schema(example = "Become the agency's cloud partner") String title,
        @Size(max = 4000) @Schema(example = "Win the landing zone and two migrations by mid-2027") String description,
        @Schema(description = "Default not-started on create; omitted on update keeps the current one", example = "on-track")
        ObjectiveStatus status,
        @Schema(example = "2027-06-30") LocalDate targetDate) {

    public ObjectiveDetails details() {
        return new ObjectiveDetails(title, description, status, targetDate);
    }
}
