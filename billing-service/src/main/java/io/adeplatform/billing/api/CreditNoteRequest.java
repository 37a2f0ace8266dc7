package io.adeplatform.billing.api;

import io.adeplatform.platform.core.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record CreditNoteRequest(@NotNull @Valid Money amount, @NotBlank @Size(max = 1000) String reason) {
}
