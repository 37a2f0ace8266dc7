package io.adeplatform.billing.api;

import io.adeplatform.billing.domain.BillingMethod;
import io.adeplatform.platform.core.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

public final class ContractRequests {

    private ContractRequests() {
    }

    public record CreateContract(
            @NotNull UUID customerId,
            @NotBlank @Size(max = 200) String title,
            @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as USD") String currency,
            @Size(max = 50) List<@NotNull UUID> engagementIds,
            @Valid Money notToExceed,
            @NotEmpty @Size(max = 100) List<@Valid @NotNull Line> lines) {
    }

    /** The editable part of a draft contract; lines are replaced as a whole. */
    public record UpdateContract(
            @NotBlank @Size(max = 200) String title,
            @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as USD") String currency,
            @Size(max = 50) List<@NotNull UUID> engagementIds,
            @Valid Money notToExceed,
            @NotEmpty @Size(max = 100) List<@Valid @NotNull Line> lines) {
    }

    public record Line(
            @NotBlank @Size(max = 500) String description,
            @NotNull BillingMethod billingMethod,
            UUID engagementId,
            @NotNull @Valid Money value,
            @Valid Money notToExceed,
            @Size(max = 100) List<@Valid @NotNull Rate> rateCard,
            @Size(max = 120) List<@Valid @NotNull Installment> schedule,
            @Size(max = 100) List<@Valid @NotNull Milestone> milestones) {
    }

    public record Rate(@NotBlank @Size(max = 100) String role, @NotNull @Valid Money billRate, @NotNull @Valid Money costRate) {
    }

    public record Installment(@NotNull LocalDate dueDate, @NotNull @Valid Money amount) {
    }

    public record Milestone(@NotBlank @Size(max = 200) String name, @NotNull @Valid Money amount, UUID milestoneId) {
    }

    public record Decision(@Size(max = 1000) String comment) {
    }

    public record Rejection(@NotBlank @Size(max = 1000) String comment) {
    }

    public record ComplianceCompletion(@Size(max = 1000) String note) {
    }

    public record Progress(@NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal percentComplete) {
    }
}
