package io.adeplatform.billing.persistence;

import io.adeplatform.billing.domain.Contract;
import io.adeplatform.billing.domain.ContractStatus;
import io.adeplatform.billing.domain.LineProgress;
import io.adeplatform.billing.domain.PlannedMilestone;
import io.adeplatform.billing.domain.ProjectedOpportunity;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The reads of the revenue outlook, each for a set of customers ({@code Optional.empty()}: every customer, an
 * admin's view; an empty set: none).
 */
@ApplicationScoped
public class OutlookQueries {

    /** The states in which a contract has recognized revenue or still brings some. */
    private static final List<ContractStatus> EARNING = List.of(ContractStatus.SIGNED, ContractStatus.ACTIVE,
            ContractStatus.CLOSED);

    /** The approved billable time of a contract line in one month of work. */
    public record LineMonth(UUID lineId, YearMonth month, BigDecimal amount) {
    }

    /** Signed, active and closed contracts with their lines. */
    public List<Contract> earningContracts(Optional<Set<UUID>> customers) {
        return list("select distinct c from Contract c left join fetch c.lines where c.status in :states", "c",
                customers, Contract.class, q -> q.setParameter("states", EARNING));
    }

    /** Bill amounts of approved billable time per contract line and month of work. */
    public List<LineMonth> approvedTimeByLineAndMonth(Optional<Set<UUID>> customers) {
        List<Object[]> rows = list("select t.lineId, year(t.date), month(t.date), sum(t.billAmount) from TimeEntry t "
                + "where t.billable = true and t.approvedAt is not null", "t", customers, Object[].class, q -> {
                }, " group by t.lineId, year(t.date), month(t.date)");
        return rows.stream().map(r -> new LineMonth((UUID) r[0], YearMonth.of(((Number) r[1]).intValue(),
                ((Number) r[2]).intValue()), (BigDecimal) r[3])).toList();
    }

    /** The percent-complete reports of these lines, oldest first. */
    public List<LineProgress> progressOf(Collection<UUID> lineIds) {
        if (lineIds.isEmpty()) {
            return List.of();
        }
        return em().createQuery("select p from LineProgress p where p.lineId in :lines order by p.reportedAt, p.id",
                LineProgress.class).setParameter("lines", lineIds).getResultList();
    }

    public List<PlannedMilestone> plannedMilestones(Optional<Set<UUID>> customers) {
        return list("select m from PlannedMilestone m where m.dueDate is not null", "m", customers, PlannedMilestone.class, q -> {
        });
    }

    public List<ProjectedOpportunity> openOpportunities(Optional<Set<UUID>> customers) {
        return list("select o from ProjectedOpportunity o where o.status in :open", "o", customers,
                ProjectedOpportunity.class, q -> q.setParameter("open", ProjectedOpportunity.OPEN));
    }

    private <T> List<T> list(String jpql, String alias, Optional<Set<UUID>> customers, Class<T> type,
                             Consumer<TypedQuery<T>> parameters) {
        return list(jpql, alias, customers, type, parameters, "");
    }

    private <T> List<T> list(String jpql, String alias, Optional<Set<UUID>> customers, Class<T> type,
                             Consumer<TypedQuery<T>> parameters, String tail) {
        if (customers.isPresent() && customers.get().isEmpty()) {
            return List.of();
        }
        String restricted = customers.isPresent() ? jpql + " and " + alias + ".customerId in :customers" : jpql;
        TypedQuery<T> query = em().createQuery(restricted + tail, type);
        customers.ifPresent(c -> query.setParameter("customers", c));
        parameters.accept(query);
        return query.getResultList();
    }

    private static EntityManager em() {
        return Panache.getEntityManager();
    }
}
