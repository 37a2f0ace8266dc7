package io.adeplatform.relationship.api;

import io.adeplatform.relationship.domain.ObjectiveDetails;
import io.adeplatform.relationship.domain.ObjectiveStatus;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** An account-plan objective; status defaults to not-started on create. */
public record ObjectiveRequest(
        @NotBlank @Size(max = 200) String title,
        @Size(max = 4000) String description,
        ObjectiveStatus status,
        LocalDate targetDate) {

    public ObjectiveDetails details() {
        return new ObjectiveDetails(title, description, status, targetDate);
    }
}
