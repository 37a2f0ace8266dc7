package io.adeplatform.billing.api;

import io.adeplatform.platform.core.IsoCurrency;
import io.adeplatform.platform.core.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/** A new draft contract on a customer; {@code engagementIds} are completed by the lines' engagements. */
public record CreateContractRequest(
        @Schema(description = "The customer contracted with: an active customer of the caller's account team.",
                example = "3d6f0a8e-5b2c-4f7a-9e1d-8c4b2a6f0e13")
        @NotNull UUID customerId,
        @Schema(description = "The contract's title.", example = "Master services agreement 2026", maxLength = 200)
        @NotBlank @Size(max = 200) String title,
        @Schema(description = "The contract's one ISO 4217 currency: every amount of it is in this currency.", example = "USD")
        @NotNull @IsoCurrency String currency,
        @Schema(description = "Engagements the contract covers (portfolio's ids); each line's engagement is added.",
                example = "[\"0b9e7a3c-41d2-4c55-8f0e-6a2d9b1c7e44\"]")
        @Size(max = 50) List<@NotNull UUID> engagementIds,
        @Schema(description = "The most the whole contract may bill (fixed-fee and milestone values plus time); not "
                + "below its fixed-fee and milestone values. Deal approval weighs it where set.",
                example = "{\"amount\": \"500000.00\", \"currency\": \"USD\"}")
        @Valid Money notToExceed,
        @Schema(description = "The lines (1 to 100), each with its billing method.")
        @NotEmpty @Size(max = 100) List<@Valid @NotNull ContractLineRequest> lines) implements ContractTermsMapper {
}
