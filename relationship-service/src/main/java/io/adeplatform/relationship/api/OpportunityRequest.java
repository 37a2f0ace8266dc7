package io.adeplatform.relationship.api;

import io.adeplatform.platform.core.Money;
import io.adeplatform.relationship.domain.OpportunityDetails;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** An opportunity beyond the current contract; it starts as identified, its stage moves through /transitions. */
public record OpportunityRequest(
        @NotBlank @Size(max = 200) @Schema(example = "Data platform modernisation") String name,
        @Size(max = 4000) @Schema(example = "Move the reporting warehouse to a managed data platform") String description,
        @NotNull @Valid @Schema(description = "Not negative, in an ISO 4217 currency; the amount a decimal string")
        Money estimatedValue,
        @NotNull @Schema(example = "2027-03-31") LocalDate expectedCloseDate) {

    public OpportunityDetails details() {
        return new OpportunityDetails(name, description, estimatedValue, expectedCloseDate);
    }
}
