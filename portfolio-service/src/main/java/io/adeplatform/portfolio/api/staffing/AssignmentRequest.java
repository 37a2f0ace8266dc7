package io.adeplatform.portfolio.api.staffing;

import io.adeplatform.portfolio.service.staffing.AssignmentService;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** A named person on a resource request. */
public record AssignmentRequest(
        @Schema(description = "The person's username", example = "alex.architect") @NotBlank @Size(max = 200)
        String username,
        @Schema(description = "Share of the person's time, 1-100 %", example = "50") @NotNull @Min(1) @Max(100)
        Integer allocationPercent,
        @Schema(description = "First day, within the request's dates", example = "2027-01-04") @NotNull
        LocalDate startDate,
        @Schema(description = "Last day, within the request's dates", example = "2027-03-31") @NotNull
        LocalDate endDate,
        @Schema(description = "An executive of the account allows the person's total above 100 % (recorded on the "
                + "assignment); without it such an assignment is 409 over-allocation", example = "false")
        Boolean allowOverAllocation) {

    public AssignmentService.Booking booking() {
        return new AssignmentService.Booking(username, allocationPercent, startDate, endDate,
                Boolean.TRUE.equals(allowOverAllocation));
    }
}
