package io.adeplatform.portfolio.persistence;

import io.adeplatform.platform.http.PageRequest;
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

    /** One page (plus one row) of the engagement's entries, oldest first, narrowed to a type and/or a status. */
    public List<RaidItem> ofEngagement(UUID engagementId, RaidType type, RaidStatus status, PageRequest page) {
        return new ListQuery().equal("engagementId", engagementId).equal("type", type).equal("status", status)
                .page(this, Sort.by("createdAt").and("id"), page);
    }

    /** Entries not closed (the facts the RAG rules read). */
    public List<RaidItem> openOn(UUID engagementId) {
        return list("engagementId = ?1 and status <> ?2", engagementId, RaidStatus.CLOSED);
    }

    /** One page (plus one row) of the actions not closed whose due date is before {@code today}, oldest first. */
    public List<RaidItem> overdueActions(UUID engagementId, LocalDate today, PageRequest page) {
        return new ListQuery().equal("engagementId", engagementId).equal("type", RaidType.ACTION)
                .where("status <> :closed", "closed", RaidStatus.CLOSED).where("dueDate < :today", "today", today)
                .page(this, Sort.by("dueDate").and("id"), page);
    }
}
