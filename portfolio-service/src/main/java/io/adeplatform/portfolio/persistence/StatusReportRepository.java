package io.adeplatform.portfolio.persistence;

import io.adeplatform.platform.http.PageRequest;
import io.adeplatform.portfolio.domain.StatusReport;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class StatusReportRepository implements EngagementRecordRepository<StatusReport> {

    /** One page (plus one row), oldest first. */
    public List<StatusReport> ofEngagement(UUID engagementId, PageRequest page) {
        return pageOn(engagementId, Sort.by("createdAt").and("id"), page);
    }
}
