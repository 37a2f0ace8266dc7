package io.adeplatform.relationship.api;

import io.adeplatform.platform.http.Versioned;
import io.adeplatform.relationship.domain.RoleType;
import io.adeplatform.relationship.domain.Stakeholder;
import io.adeplatform.relationship.domain.Stance;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

public record StakeholderResponse(UUID id, UUID customerId, String name, String title, RoleType roleType,
                                  @Schema(description = "Influence on decisions, 1 (little) to 5 (decisive)") int influence, Stance stance, UUID reportsToId, String email, String phone,
                                  boolean active, OffsetDateTime createdAt, String createdBy,
                                  @Schema(description = "The version, sent back as ETag; an update or transition names it in If-Match") long version)
        implements Versioned {

    public static StakeholderResponse from(Stakeholder s) {
        return new StakeholderResponse(s.id, s.customerId, s.name, s.title, s.roleType, s.influence, s.stance,
                s.reportsToId, s.email, s.phone, s.active, s.createdAt, s.createdBy, s.version);
    }
}
