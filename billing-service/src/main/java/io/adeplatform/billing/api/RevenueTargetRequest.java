package io.adeplatform.billing.api;

import io.adeplatform.platform.core.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A customer's revenue target for one fiscal year. */
public record RevenueTargetRequest(
        @Schema(description = "The revenue the customer is to bring in the fiscal year: above 0, in an ISO 4217 "
                + "currency; attainment compares revenue in this currency only.")
        @NotNull @Valid Money target) {
}
