package io.adeplatform.relationship.persistence;

import io.adeplatform.platform.http.PageRequest;
import io.adeplatform.platform.persistence.ListQuery;
import io.adeplatform.relationship.domain.Interaction;
import io.adeplatform.relationship.domain.InteractionType;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class InteractionRepository implements PanacheRepositoryBase<Interaction, UUID> {

    /** Newest first; one page plus one row. Null filters (type, from, to: inclusive dates) do not filter. */
    public List<Interaction> ofCustomer(UUID customerId, InteractionType type, LocalDate from, LocalDate to, PageRequest page) {
        return new ListQuery().equal("customerId", customerId).equal("type", type)
                .where("date >= :from", "from", from).where("date <= :to", "to", to)
                .page(this, Sort.by("date", Sort.Direction.Descending).and("createdAt", Sort.Direction.Descending).and("id"),
                        page);
    }

    public List<Interaction> ofStakeholder(UUID stakeholderId, PageRequest page) {
        return find("select i from Interaction i where :stakeholder member of i.stakeholderIds "
                        + "order by i.date desc, i.createdAt desc, i.id", Parameters.with("stakeholder", stakeholderId))
                .range(page.offset(), page.offset() + page.limit).list();
    }

    /** The date each stakeholder of the customer was last part of an interaction. */
    public Map<UUID, LocalDate> lastContacts(UUID customerId) {
        Map<UUID, LocalDate> result = new HashMap<>();
        List<Object[]> rows = getEntityManager().createQuery(
                        "select s, max(i.date) from Interaction i join i.stakeholderIds s where i.customerId = :customer group by s",
                        Object[].class)
                .setParameter("customer", customerId).getResultList();
        for (Object[] row : rows) {
            result.put((UUID) row[0], (LocalDate) row[1]);
        }
        return result;
    }

    /** Dates of the customer's interactions that involved at least one of these stakeholders. */
    public List<LocalDate> datesInvolving(UUID customerId, List<UUID> stakeholderIds) {
        if (stakeholderIds.isEmpty()) {
            return List.of();
        }
        return getEntityManager().createQuery(
                        "select i.date from Interaction i where i.customerId = :customer and exists "
                                + "(select 1 from Interaction j join j.stakeholderIds s where j = i and s in :ids)", LocalDate.class)
                .setParameter("customer", customerId).setParameter("ids", stakeholderIds).getResultList();
    }
}
