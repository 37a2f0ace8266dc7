package io.adeplatform.relationship.api;

import io.adeplatform.platform.core.Money;
import io.adeplatform.relationship.domain.OpportunityDetails;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.YearMonth;

/** An opportunity beyond the current contract; it starts as identified, its stage moves through /transitions. */
public record OpportunityRequest(
        @NotBlank @Size(max = 200) @Schema(example = "Data platform modernisation") String name,
        @Size(max = 4000) @Schema(example = "Move the reporting warehouse to a managed data platform") String description,
        @NotNull @Valid @Schema(description = "Not negative, in an ISO 4217 currency; the amount a decimal string")
        Money estimatedValue,
        @NotNull @Schema(example = "2027-03-31") LocalDate expectedCloseDate,
        @Min(0) @Max(100) @Schema(description = "The chance of winning it in percent, 0 to 100; leave out while not "
                + "estimated (it then adds nothing to the weighted pipeline)", example = "60") Integer probability,
        @Pattern(regexp = YEAR_MONTH, message = "must be a month as yyyy-MM, e.g. 2027-03")
        @Schema(description = "The month it is expected to close (yyyy-MM), which places it in a pipeline quarter; "
                + "leave out to take the month of expectedCloseDate", example = "2027-03") String expectedCloseMonth) {

    /** yyyy-MM with a month 01 to 12. */
    static final String YEAR_MONTH = "\\d{4}-(0[1-9]|1[0-2])";

    public OpportunityDetails details() {
        return new OpportunityDetails(name, description, estimatedValue, expectedCloseDate, probability,
                expectedCloseMonth == null ? null : YearMonth.parse(expectedCloseMonth));
    }
}
