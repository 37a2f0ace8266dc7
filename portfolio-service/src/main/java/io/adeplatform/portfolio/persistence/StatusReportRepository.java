package io.adeplatform.portfolio.persistence;

import io.adeplatform.portfolio.domain.StatusReport;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class StatusReportRepository implements PanacheRepositoryBase<StatusReport, UUID> {

    /** Oldest first. */
    public List<StatusReport> ofEngagement(UUID engagementId) {
        return list("engagementId", Sort.by("createdAt").and("id"), engagementId);
    }

    /** The report when it is one of this engagement's. */
    public Optional<StatusReport> findOn(UUID engagementId, UUID id) {
        return find("id = ?1 and engagementId = ?2", id, engagementId).firstResultOptional();
    }
}
