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

/** The editable part of a draft contract, replaced as a whole (the customer stays). */
public record UpdateContractRequest(
        @Schema(description = "The contract's title.", example = "Master services agreement 2026", maxLength = 200)
        @NotBlank @Size(max = 200) String title,
        @Schema(description = "The contract's one ISO 4217 currency: every amount of it is in this currency.", example = "USD")
        @NotNull @IsoCurrency String currency,
        @Schema(description = "Engagements the contract covers (portfolio's ids); each line's engagement is added.",
                example = "[\"0b9e7a3c-41d2-4c55-8f0e-6a2d9b1c7e44\"]")
        @Size(max = 50) List<@NotNull UUID> engagementIds,
        @Schema(description = "The most the whole contract may bill; not below its fixed-fee and milestone values.",
                example = "{\"amount\": \"500000.00\", \"currency\": \"USD\"}")
        @Valid Money notToExceed,
        @Schema(description = "The lines (1 to 100), replacing the present ones.")
        @NotEmpty @Size(max = 100) List<@Valid @NotNull ContractLineRequest> lines) implements ContractTermsMapper {
}
