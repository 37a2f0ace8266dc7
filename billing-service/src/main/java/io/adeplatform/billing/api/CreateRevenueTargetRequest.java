package io.adeplatform.billing.api;

import io.adeplatform.platform.core.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/** A customer's first revenue target for one fiscal year. */
public record CreateRevenueTargetRequest(
        @Schema(description = "The customer; 404 when the caller is not on its account team",
                example = "3d6f0a8e-5b2c-4f7a-9e1d-8c4b2a6f0e13")
        @NotNull UUID customerId,
        @Schema(description = "The fiscal year, named by the calendar year it ends in", example = "2027")
        @NotNull @Min(1900) @Max(2999) Integer fiscalYear,
        @Schema(description = "The revenue the customer is to bring in the fiscal year: above 0, in an ISO 4217 "
                + "currency; attainment compares revenue in this currency only.")
        @NotNull @Valid Money target) {
}
