package io.adeplatform.escalation.api;

import io.adeplatform.escalation.domain.Severity;
import io.adeplatform.escalation.domain.SlaPolicy;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

/** The SLA targets of one severity; its version is its ETag. */
public record SlaPolicyResponse(Severity severity,
                                @Schema(description = "minutes from opening to acknowledging") int acknowledgeMinutes,
                                @Schema(description = "minutes from opening to resolving") int resolveMinutes,
                                OffsetDateTime updatedAt,
                                @Schema(description = "the admin who changed it last (system for the defaults)")
                                String updatedBy,
                                @Schema(description = "the version, also the ETag that If-Match must name") long version) {

    public static SlaPolicyResponse from(SlaPolicy p) {
        return new SlaPolicyResponse(p.severity, p.acknowledgeMinutes, p.resolveMinutes, p.updatedAt, p.updatedBy, p.version);
    }
}
