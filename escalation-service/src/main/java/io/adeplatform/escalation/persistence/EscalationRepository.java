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
                .in("status", criteria.statuses())
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

    /**
     * The escalation the system opened for this cause that is not closed yet (resolved ones included), locked, if any.
     * Call {@link #lockCause} first: without it two transactions could both find none and both open one.
     */
    public Optional<Escalation> notClosedForCause(String causeKey) {
        return find("causeKey = ?1 and status <> ?2", causeKey, EscalationStatus.CLOSED)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /**
     * Serialises everything that opens, reopens or looks up the escalation of one cause until this transaction ends:
     * the second of two concurrent triggers then finds the first one's escalation. An advisory lock, since there may
     * be no row to lock yet; the partial unique index {@code escalation_one_per_cause} (V2) is the last line.
     */
    public void lockCause(String causeKey) {
        getEntityManager().createNativeQuery("SELECT pg_advisory_xact_lock(hashtextextended(?1, 0))")
                .setParameter(1, "escalation-cause/" + causeKey).getSingleResult();
    }
}
