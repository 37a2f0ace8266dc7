package io.adeplatform.portfolio.persistence;

import io.adeplatform.portfolio.domain.Milestone;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class MilestoneRepository implements EngagementRecordRepository<Milestone> {

    /** By due date, then name. */
    public List<Milestone> ofEngagement(UUID engagementId) {
        return list("engagementId", Sort.by("dueDate").and("name"), engagementId);
    }
}
