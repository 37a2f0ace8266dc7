package io.adeplatform.relationship.api;

import io.adeplatform.platform.core.Money;
import io.adeplatform.relationship.domain.OpportunityDetails;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** An opportunity beyond the current contract; it starts as identified, stages move through /stage. */
public record OpportunityRequest(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 4000) String description,
        @NotNull @Valid Money estimatedValue,
        @NotNull LocalDate expectedCloseDate) {

    public OpportunityDetails details() {
        return new OpportunityDetails(name, description, estimatedValue, expectedCloseDate);
    }
}
