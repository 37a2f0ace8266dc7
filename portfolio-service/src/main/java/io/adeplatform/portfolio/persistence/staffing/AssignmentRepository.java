package io.adeplatform.portfolio.persistence.staffing;

import io.adeplatform.portfolio.domain.staffing.Assignment;
import io.adeplatform.portfolio.persistence.EngagementRecordRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class AssignmentRepository implements EngagementRecordRepository<Assignment> {

    public List<Assignment> ofRequest(UUID requestId) {
        return list("requestId", Sort.by("startDate").and("username").and("id"), requestId);
    }

    public int totalPercentOf(UUID requestId) {
        Long total = getEntityManager().createQuery(
                        "select coalesce(sum(a.allocationPercent), 0) from Assignment a where a.requestId = :r", Long.class)
                .setParameter("r", requestId).getSingleResult();
        return total.intValue();
    }

    /**
     * Serialises the allocation checks of one person to the end of the transaction (a transaction-scoped advisory
     * lock on the username), so two assignments at once cannot both pass the 100 % check.
     */
    public void lockPerson(String username) {
        getEntityManager().createNativeQuery("select pg_advisory_xact_lock(hashtext('staff:' || ?1))")
                .setParameter(1, username).getSingleResult();
    }

    /** The person's assignments, on every engagement, meeting [from, to]. */
    public List<Assignment> ofPerson(String username, LocalDate from, LocalDate to) {
        return list("username = ?1 and startDate <= ?2 and endDate >= ?3", username, to, from);
    }

    /** The assignments on these engagements meeting [from, to]. */
    public List<Assignment> meeting(Collection<UUID> engagementIds, LocalDate from, LocalDate to) {
        if (engagementIds.isEmpty()) {
            return List.of();
        }
        return list("engagementId in ?1 and startDate <= ?2 and endDate >= ?3", engagementIds, to, from);
    }
}
