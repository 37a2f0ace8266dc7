package io.adeplatform.portfolio.persistence;

import io.adeplatform.portfolio.domain.StatusReport;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class StatusReportRepository implements EngagementRecordRepository<StatusReport> {

    /** Oldest first. */
    public List<StatusReport> ofEngagement(UUID engagementId) {
        return list("engagementId", Sort.by("createdAt").and("id"), engagementId);
    }
}
