package io.adeplatform.billing.api;

import io.adeplatform.billing.domain.TimeEntryTransitionTarget;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A move of a time entry: approval, its only one. */
public record TimeEntryTransitionRequest(
        @Schema(description = "The status to move to: `approved` (recognized as revenue, invoiceable; its cost "
                + "reaches portfolio's cost ledger).", example = "approved")
        @NotNull TimeEntryTransitionTarget to) {
}
