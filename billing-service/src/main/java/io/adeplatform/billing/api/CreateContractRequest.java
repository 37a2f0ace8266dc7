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
        @Schema(description = TITLE, example = TITLE_EXAMPLE, maxLength = 200)
        @NotBlank @Size(max = 200) String title,
        @Schema(description = CURRENCY, example = "USD")
        @NotNull @IsoCurrency String currency,
        @Schema(description = ENGAGEMENTS, example = ENGAGEMENTS_EXAMPLE)
        @Size(max = 50) List<@NotNull UUID> engagementIds,
        @Schema(description = NOT_TO_EXCEED, example = NOT_TO_EXCEED_EXAMPLE)
        @Valid Money notToExceed,
        @Schema(description = "The lines (1 to 100), each with its billing method.")
        @NotEmpty @Size(max = 100) List<@Valid @NotNull ContractLineRequest> lines) implements ContractTermsMapper {
}
