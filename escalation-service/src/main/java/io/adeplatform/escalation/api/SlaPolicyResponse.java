package io.adeplatform.escalation.api;

import io.adeplatform.escalation.domain.Severity;
import io.adeplatform.escalation.domain.SlaPolicy;

import java.time.OffsetDateTime;

public record SlaPolicyResponse(Severity severity, int acknowledgeMinutes, int resolveMinutes, OffsetDateTime updatedAt,
                                String updatedBy, long version) {

    public static SlaPolicyResponse from(SlaPolicy p) {
        return new SlaPolicyResponse(p.severity, p.acknowledgeMinutes, p.resolveMinutes, p.updatedAt, p.updatedBy, p.version);
    }
}
