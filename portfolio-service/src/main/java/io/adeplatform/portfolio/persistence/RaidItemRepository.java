package io.adeplatform.portfolio.persistence;

import io.adeplatform.platform.persistence.ListQuery;
import io.adeplatform.portfolio.domain.RaidItem;
import io.adeplatform.portfolio.domain.RaidStatus;
import io.adeplatform.portfolio.domain.RaidType;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class RaidItemRepository implements EngagementRecordRepository<RaidItem> {

    /** The engagement's entries, oldest first, narrowed to a type and/or a status when given. */
    public List<RaidItem> ofEngagement(UUID engagementId, RaidType type, RaidStatus status) {
        return new ListQuery().equal("engagementId", engagementId).equal("type", type).equal("status", status)
                .all(this, Sort.by("createdAt").and("id"));
    }

    /** Entries not closed (the facts the RAG rules read). */
    public List<RaidItem> openOn(UUID engagementId) {
        return list("engagementId = ?1 and status <> ?2", engagementId, RaidStatus.CLOSED);
    }

    /** Actions not closed whose due date is before {@code today}, oldest first. */
    public List<RaidItem> overdueActions(UUID engagementId, LocalDate today) {
        return list("engagementId = ?1 and type = ?2 and status <> ?3 and dueDate < ?4",
                Sort.by("dueDate").and("id"), engagementId, RaidType.ACTION, RaidStatus.CLOSED, today);
    }
}
