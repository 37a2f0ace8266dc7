package io.adeplatform.escalation.persistence;

import io.adeplatform.escalation.domain.Escalation;
import io.adeplatform.escalation.domain.EscalationStatus;
import io.adeplatform.platform.http.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class EscalationRepository implements PanacheRepositoryBase<Escalation, UUID> {

    private static final EnumSet<EscalationStatus> INACTIVE = EnumSet.of(EscalationStatus.RESOLVED, EscalationStatus.CLOSED);

    /** One page plus one row, newest first. */
    public List<Escalation> list(EscalationFilter filter, PageRequest page) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (filter.customerId() != null) {
            conditions.add("customerId = :customer");
            parameters.and("customer", filter.customerId());
        }
        if (filter.engagementId() != null) {
            conditions.add("engagementId = :engagement");
            parameters.and("engagement", filter.engagementId());
        }
        if (filter.status() != null) {
            conditions.add("status = :status");
            parameters.and("status", filter.status());
        }
        if (filter.severity() != null) {
            conditions.add("severity = :severity");
            parameters.and("severity", filter.severity());
        }
        if (filter.level() != null) {
            conditions.add("level = :level");
            parameters.and("level", filter.level());
        }
        if (filter.owner() != null && !filter.owner().isBlank()) {
            conditions.add("owner = :owner");
            parameters.and("owner", filter.owner().strip());
        }
        if (filter.breached() != null) {
            conditions.add(filter.breached()
                    ? "(acknowledgeBreached = true or resolveBreached = true)"
                    : "(acknowledgeBreached = false and resolveBreached = false)");
        }
        if (filter.visibleTo().isPresent()) {
            if (filter.visibleTo().get().isEmpty()) {
                return List.of();
            }
            conditions.add("customerId in :visible");
            parameters.and("visible", filter.visibleTo().get());
        }
        return find(String.join(" and ", conditions), Sort.descending("openedAt").and("id"), parameters)
                .range(page.offset(), page.offset() + page.limit)
                .list();
    }

    /** Ids of escalations whose SLA timers may still cross a threshold. */
    public List<UUID> activeIds() {
        return getEntityManager().createQuery("select e.id from Escalation e where e.status not in :inactive "
                        + "and (e.acknowledgeBreached = false or e.resolveBreached = false) order by e.openedAt", UUID.class)
                .setParameter("inactive", INACTIVE)
                .getResultList();
    }

    /** The escalation locked for this transaction, so concurrent evaluators or consumers apply an effect once. */
    public Optional<Escalation> lock(UUID id) {
        return Optional.ofNullable(getEntityManager().find(Escalation.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** The escalation still being worked on that the system opened for this cause, if any. */
    public Optional<Escalation> activeForCause(String causeKey) {
        return find("causeKey = ?1 and status not in ?2 order by openedAt desc", causeKey, INACTIVE)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }
}
