package io.adeplatform.portfolio.api.staffing;

import io.adeplatform.platform.core.Money;
import io.adeplatform.portfolio.domain.staffing.RolePlan;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A line of the resource plan: a role needed for a period, with either hours per month or FTE. */
public record ResourceRequestRequest(
        @Schema(description = "The role, free text (portfolio hears of no rate card, so the cost rate comes with the "
                + "line)", example = "Cloud architect") @NotBlank @Size(max = 200) String role,
        @Schema(description = "Skills the role needs", example = "[\"Azure landing zones\", \"Terraform\"]")
        @Size(max = 30) List<@NotBlank @Size(max = 100) String> skills,
        @Schema(description = "Hours needed per month; give this or fte", example = "120")
        @DecimalMin(value = "0", inclusive = false) @Digits(integer = 5, fraction = 2) BigDecimal hoursPerMonth,
        @Schema(description = "Full-time equivalents (1 FTE = 160 hours a month); give this or hoursPerMonth",
                example = "0.75") @DecimalMin(value = "0", inclusive = false) @Digits(integer = 3, fraction = 2)
        BigDecimal fte,
        @Schema(description = "The cost per hour the plan is costed at, in the engagement's budget currency",
                example = "{\"amount\": \"95.00\", \"currency\": \"USD\"}") @Valid @NotNull Money costRate,
        @Schema(description = "First day of the role, within the engagement", example = "2027-01-04")
        @NotNull LocalDate startDate,
        @Schema(description = "Last day of the role, within the engagement", example = "2027-06-30")
        @NotNull LocalDate endDate) {

    public RolePlan plan() {
        return new RolePlan(role, skills == null ? List.of() : skills, RolePlan.hoursFrom(hoursPerMonth, fte), costRate,
                startDate, endDate);
    }
}
