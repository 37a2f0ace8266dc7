package io.adeplatform.portfolio.api;

import io.adeplatform.platform.core.Money;
import io.adeplatform.portfolio.domain.EngagementDetails;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** The fields a client may change; customer, stage, health and progress have their own paths. */
public record UpdateEngagementRequest(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 200) String offering,
        @Size(max = 100) String contractRef,
        @NotBlank @Size(max = 200) String deliveryManager,
        @NotNull LocalDate startDate,
        @NotNull LocalDate endDate,
        @NotNull @Valid Money budget) {

    EngagementDetails details() {
        return new EngagementDetails(name, offering, contractRef, deliveryManager, startDate, endDate, budget);
    }
}
