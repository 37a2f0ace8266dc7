package io.adeplatform.relationship.persistence;

import io.adeplatform.platform.http.PageRequest;
import io.adeplatform.platform.persistence.ListQuery;
import io.adeplatform.relationship.domain.Customer;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class CustomerRepository implements PanacheRepositoryBase<Customer, UUID> {

    /** One page plus one row, by name; {@code visibleTo} empty means every customer (admin). */
    public List<Customer> list(CustomerFilter filter, Optional<Set<UUID>> visibleTo, PageRequest page) {
        if (visibleTo.isPresent() && visibleTo.get().isEmpty()) {
            return List.of();
        }
        String name = blankToNull(filter.nameContains());
        return new ListQuery()
                .equal("segment", filter.segment())
                .equal("tier", blankToNull(filter.tier()))
                .equal("region", blankToNull(filter.region()))
                .equal("status", filter.status())
                .where("lower(name) like :name", "name", name == null ? null : "%" + escapeLike(name.toLowerCase()) + "%")
                .where("id in :visible", "visible", visibleTo.orElse(null))
                .page(this, Sort.by("name").and("id"), page);
    }

    /** A team change is a change of the customer: a new version, so ETags and If-Match cover the team too. */
    public void newVersion(Customer customer) {
        flush();
        getEntityManager().lock(customer, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
    }

    /**
     * Serialises health refreshes of one customer (consumers and requests run concurrently), so each computation
     * sees the facts committed before it and the history never flaps. NO KEY UPDATE does not block the key-share locks
     * that inserting stakeholders or signals takes on the customer row.
     */
    public void lockForHealthRefresh(UUID customerId) {
        lockRow(customerId);
    }

    /**
     * Serialises changes of one customer's org chart: a reports-to check must see every line committed before it,
     * or two concurrent changes (A reports to B, B reports to A) each pass on the old chart and together make a
     * cycle. The same row lock as health refreshes, which every such change does anyway.
     */
    public void lockOrgChart(UUID customerId) {
        lockRow(customerId);
    }

    /**
     * Serialises keeping the customer's cadence status packs: several gateway replicas may store the same due item at
     * once, and the second must see the first's pack (and keep none) rather than run into the unique index.
     */
    public void lockForCadencePack(UUID customerId) {
        lockRow(customerId);
    }

    private void lockRow(UUID customerId) {
        getEntityManager().createNativeQuery("SELECT id FROM customer WHERE id = ?1 FOR NO KEY UPDATE")
                .setParameter(1, customerId).getResultList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static String escapeLike(String text) {
        return text.replace("%", "\\%").replace("_", "\\_");
    }
}
