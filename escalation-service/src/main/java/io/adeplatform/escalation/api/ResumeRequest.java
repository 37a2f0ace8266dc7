package io.adeplatform.escalation.api;

import jakarta.validation.constraints.Size;

/** Optional body of a resume. */
public record ResumeRequest(@Size(max = 500) String note) {
}
