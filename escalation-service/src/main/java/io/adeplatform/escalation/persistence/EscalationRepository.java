package io.adeplatform.escalation.persistence;

import io.adeplatform.escalation.domain.Escalation;
import io.adeplatform.escalation.domain.EscalationStatus;
import io.adeplatform.platform.http.PageRequest;
import io.adeplatform.platform.persistence.ListQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class EscalationRepository implements PanacheRepositoryBase<Escalation, UUID> {

    private static final EnumSet<EscalationStatus> INACTIVE = EnumSet.of(EscalationStatus.RESOLVED, EscalationStatus.CLOSED);

    /** One page plus one row, newest first. */
    public List<Escalation> list(EscalationFilter filter, PageRequest page) {
        ListQuery query = new ListQuery()
                .equal("customerId", filter.customerId())
                .equal("engagementId", filter.engagementId())
                .equal("status", filter.status())
                .equal("severity", filter.severity())
                .equal("level", filter.level())
                .equal("owner", filter.owner() == null || filter.owner().isBlank() ? null : filter.owner().strip());
        if (filter.breached() != null) {
            query.where(filter.breached()
                    ? "(acknowledgeBreached = true or resolveBreached = true)"
                    : "(acknowledgeBreached = false and resolveBreached = false)");
        }
        return query.visibleTo(filter.visibleTo()).page(this, Sort.descending("openedAt").and("id"), page);
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
