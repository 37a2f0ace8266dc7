package io.adeplatform.portfolio.api;

import io.adeplatform.platform.core.Money;
import io.adeplatform.portfolio.domain.EngagementDetails;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

public record CreateEngagementRequest(
        @Schema(description = "The customer (on whose account team the caller must be)",
                example = "5f0c6d0e-3b7a-4c1e-9a51-2f8e7c1d4b60") @NotNull UUID customerId,
        @Schema(example = "Medicaid eligibility modernisation") @NotBlank @Size(max = 200) String name,
        @Schema(description = "What is delivered", example = "Cloud migration")
        @NotBlank @Size(max = 200) String offering,
        @Schema(description = "The contract or statement of work it delivers, as the customer names it; "
                + "a contract billing signs for the engagement sets it when empty", example = "SOW-2026-014")
        @Size(max = 100) String contractRef,
        @Schema(description = "Username of the delivery manager", example = "dave.dm")
        @NotBlank @Size(max = 200) String deliveryManager,
        @Schema(example = "2026-03-02") @NotNull LocalDate startDate,
        @Schema(description = "Not before the start date", example = "2027-06-30") @NotNull LocalDate endDate,
        @Schema(description = "The budget at completion (BAC); amount a decimal string, costs and billable "
                + "milestones must be in its currency", example = "{\"amount\": \"100000.00\", \"currency\": \"USD\"}")
        @NotNull @Valid Money budget) {

    EngagementDetails details() {
        return new EngagementDetails(name, offering, contractRef, deliveryManager, startDate, endDate, budget);
    }
}
