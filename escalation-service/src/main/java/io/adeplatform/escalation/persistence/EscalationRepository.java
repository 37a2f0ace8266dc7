package io.adeplatform.escalation.persistence;

import io.adeplatform.escalation.domain.Escalation;
import io.adeplatform.escalation.domain.EscalationCriteria;
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
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class EscalationRepository implements PanacheRepositoryBase<Escalation, UUID> {

    private static final EnumSet<EscalationStatus> INACTIVE = EnumSet.of(EscalationStatus.RESOLVED, EscalationStatus.CLOSED);

    /** One page plus one row, newest first, of the escalations of {@code visibleTo} (empty: all customers). */
    public List<Escalation> list(EscalationCriteria criteria, Optional<Set<UUID>> visibleTo, PageRequest page) {
        ListQuery query = new ListQuery()
                .equal("customerId", criteria.customerId())
                .equal("engagementId", criteria.engagementId())
                .equal("status", criteria.status())
                .equal("severity", criteria.severity())
                .equal("level", criteria.level())
                .equal("owner", criteria.owner());
        if (criteria.breached() != null) {
            query.where(criteria.breached()
                    ? "(sla.acknowledgeBreached = true or sla.resolveBreached = true)"
                    : "(sla.acknowledgeBreached = false and sla.resolveBreached = false)");
        }
        return query.visibleTo(visibleTo).page(this, Sort.descending("openedAt").and("id"), page);
    }

    /** Ids of escalations whose SLA timers may still cross a threshold. */
    public List<UUID> activeIds() {
        return getEntityManager().createQuery("select e.id from Escalation e where e.status not in :inactive "
                        + "and (e.sla.acknowledgeBreached = false or e.sla.resolveBreached = false) order by e.openedAt",
                        UUID.class)
                .setParameter("inactive", INACTIVE)
                .getResultList();
    }

    /** The escalation locked for this transaction, so concurrent evaluators or consumers apply an effect once. */
    public Optional<Escalation> lock(UUID id) {
        return Optional.ofNullable(getEntityManager().find(Escalation.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** Bumps the version although no column of the escalation changed (its SLA pauses did), so ETags move on. */
    public void touch(Escalation escalation) {
        getEntityManager().lock(escalation, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
    }

    /** The escalation still being worked on that the system opened for this cause, if any. */
    public Optional<Escalation> activeForCause(String causeKey) {
        return find("causeKey = ?1 and status not in ?2 order by openedAt desc", causeKey, INACTIVE)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }
}
