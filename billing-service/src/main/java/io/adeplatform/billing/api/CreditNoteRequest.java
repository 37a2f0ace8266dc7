package io.adeplatform.billing.api;

import io.adeplatform.platform.core.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A credit note against an issued or overdue invoice. */
public record CreditNoteRequest(
        @Schema(description = "What is credited, in the invoice's currency; more than 0 and at most the invoice's open "
                + "amount (422 `credit-exceeds-open-amount`).", example = "{\"amount\": \"1000.00\", \"currency\": \"USD\"}")
        @NotNull @Valid Money amount,
        @Schema(description = "Why the customer is credited.", example = "Late status report, agreed discount",
                maxLength = 1000)
        @NotBlank @Size(max = 1000) String reason) {
}
