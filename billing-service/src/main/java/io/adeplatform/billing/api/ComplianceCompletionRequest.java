package io.adeplatform.billing.api;

import jakarta.validation.constraints.Size;

/** Optional body of {@code /compliance/{item}}. */
public record ComplianceCompletionRequest(@Size(max = 1000) String note) {
}
