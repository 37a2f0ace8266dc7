package io.adeplatform.billing.api;

import jakarta.validation.constraints.Size;

/** Optional body of {@code /approve}. */
public record ApprovalRequest(@Size(max = 1000) String comment) {
}
