package io.adeplatform.portfolio.persistence;

import io.adeplatform.portfolio.domain.EngagementEscalation;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class EngagementEscalationRepository implements PanacheRepositoryBase<EngagementEscalation, UUID> {

    /** The escalations on the engagement not yet resolved. */
    public List<EngagementEscalation> unresolvedOn(UUID engagementId) {
        return list("engagementId = ?1 and resolvedAt is null", engagementId);
    }
}
