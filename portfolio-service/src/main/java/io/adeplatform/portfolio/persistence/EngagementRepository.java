package io.adeplatform.portfolio.persistence;

import io.adeplatform.platform.http.PageRequest;
import io.adeplatform.platform.persistence.ListQuery;
import io.adeplatform.platform.persistence.RowSweep;
import io.adeplatform.portfolio.domain.Engagement;
import io.adeplatform.portfolio.domain.Stage;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class EngagementRepository implements PanacheRepositoryBase<Engagement, UUID> {

    /**
     * Read with a row lock held to the end of the transaction, so the changes to one engagement (and the events they
     * write) serialise. Null when it does not exist.
     */
    public Engagement findForUpdate(UUID id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * For a scheduled pass: the engagement locked for update unless another transaction holds it (SKIP LOCKED; the
     * holder refreshes it itself), and not yet closed. Empty otherwise.
     */
    public Optional<Engagement> lockOpenIfFree(UUID id) {
        return RowSweep.lockIfFree(find("id = ?1 and stage <> ?2", id, Stage.CLOSURE));
    }

    /** The ids of the engagements not yet closed, for a scheduled pass. */
    public List<UUID> openIds() {
        return getEntityManager().createQuery("select e.id from Engagement e where e.stage <> :closed order by e.id",
                UUID.class).setParameter("closed", Stage.CLOSURE).getResultList();
    }

    /** One page plus one row, so the caller can tell whether more exist. */
    public List<Engagement> list(EngagementFilter filter, PageRequest page) {
        return query(filter).page(this, Sort.by("name").and("id"), page);
    }

    /** Every engagement the filter admits (portfolio views). */
    public List<Engagement> all(EngagementFilter filter) {
        return query(filter).all(this, Sort.by("startDate").and("name").and("id"));
    }

    private static ListQuery query(EngagementFilter filter) {
        String deliveryManager = filter.deliveryManager();
        return new ListQuery()
                .equal("customerId", filter.customerId())
                .equal("stage", filter.stage())
                .equal("health", filter.health())
                .equal("deliveryManager", deliveryManager == null || deliveryManager.isBlank() ? null : deliveryManager)
                .visibleTo(filter.visibleTo());
    }
}
