package io.adeplatform.portfolio.persistence.staffing;

import io.adeplatform.portfolio.domain.ResourceRequestStatus;
import io.adeplatform.portfolio.domain.staffing.PlannedRole;
import io.adeplatform.portfolio.persistence.EngagementRecordRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class ResourceRequestRepository implements EngagementRecordRepository<PlannedRole> {

    private static final Set<ResourceRequestStatus> UNFILLED =
            Set.of(ResourceRequestStatus.DRAFT, ResourceRequestStatus.SUBMITTED, ResourceRequestStatus.PARTIALLY_FILLED);

    /** The engagement's plan, by start date then role. */
    public List<PlannedRole> ofEngagement(UUID engagementId) {
        return list("engagementId", Sort.by("startDate").and("role").and("id"), engagementId);
    }

    /** Unfilled lines whose warning period has begun by {@code asOf} and which have not ended. */
    public List<PlannedRole> unfilledOn(UUID engagementId, LocalDate asOf, int warningDays) {
        return list("engagementId = ?1 and status in ?2 and startDate <= ?3 and endDate >= ?4",
                Sort.by("startDate").and("role"), engagementId, UNFILLED, asOf.plusDays(warningDays), asOf);
    }

    /** Engagements with an unfilled line in its warning period still owing its risk or its announcement. */
    public List<UUID> engagementsToCheck(LocalDate today, int warningDays) {
        return getEntityManager().createQuery("select distinct r.engagementId from PlannedRole r where r.status in "
                        + ":unfilled and r.startDate <= :warnFrom and (r.unfilledRiskId is null or "
                        + "(r.unfilledAnnouncedAt is null and r.startDate <= :today)) order by r.engagementId", UUID.class)
                .setParameter("unfilled", UNFILLED).setParameter("warnFrom", today.plusDays(warningDays))
                .setParameter("today", today).getResultList();
    }

    /** The lines of these engagements meeting [from, to]. */
    public List<PlannedRole> meeting(Collection<UUID> engagementIds, LocalDate from, LocalDate to) {
        if (engagementIds.isEmpty()) {
            return List.of();
        }
        return list("engagementId in ?1 and status <> ?2 and startDate <= ?3 and endDate >= ?4", engagementIds,
                ResourceRequestStatus.CANCELLED, to, from);
    }
}
