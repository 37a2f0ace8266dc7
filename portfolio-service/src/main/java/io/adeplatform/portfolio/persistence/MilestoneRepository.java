package io.adeplatform.portfolio.persistence;

import io.adeplatform.portfolio.domain.Milestone;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class MilestoneRepository implements PanacheRepositoryBase<Milestone, UUID> {

    /** By due date, then name. */
    public List<Milestone> ofEngagement(UUID engagementId) {
        return list("engagementId", Sort.by("dueDate").and("name"), engagementId);
    }

    /** The milestone when it is one of this engagement's. */
    public Optional<Milestone> findOn(UUID engagementId, UUID id) {
        return find("id = ?1 and engagementId = ?2", id, engagementId).firstResultOptional();
    }
}
