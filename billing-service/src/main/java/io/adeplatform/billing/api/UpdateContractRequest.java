package io.adeplatform.billing.api;

import io.adeplatform.platform.core.IsoCurrency;
import io.adeplatform.platform.core.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.UUID;

/** The editable part of a draft contract; lines are replaced as a whole. */
public record UpdateContractRequest(
        @NotBlank @Size(max = 200) String title,
        @NotNull @IsoCurrency String currency,
        @Size(max = 50) List<@NotNull UUID> engagementIds,
        @Valid Money notToExceed,
        @NotEmpty @Size(max = 100) List<@Valid @NotNull ContractLineRequest> lines) implements ContractTermsMapper {
}
