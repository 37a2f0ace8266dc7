package io.adeplatform.portfolio.persistence;

import io.adeplatform.portfolio.domain.RaidItem;
import io.adeplatform.portfolio.domain.RaidStatus;
import io.adeplatform.portfolio.domain.RaidType;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class RaidItemRepository implements PanacheRepositoryBase<RaidItem, UUID> {

    /** The engagement's entries, oldest first, narrowed to a type and/or a status when given. */
    public List<RaidItem> ofEngagement(UUID engagementId, RaidType type, RaidStatus status) {
        StringBuilder query = new StringBuilder("engagementId = :e");
        Parameters p = Parameters.with("e", engagementId);
        if (type != null) {
            query.append(" and type = :type");
            p.and("type", type);
        }
        if (status != null) {
            query.append(" and status = :status");
            p.and("status", status);
        }
        return list(query.toString(), Sort.by("createdAt").and("id"), p);
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

    /** The entry when it is one of this engagement's. */
    public Optional<RaidItem> findOn(UUID engagementId, UUID id) {
        return find("id = ?1 and engagementId = ?2", id, engagementId).firstResultOptional();
    }
}
