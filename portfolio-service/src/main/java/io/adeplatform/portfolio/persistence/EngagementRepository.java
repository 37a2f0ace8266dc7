package io.adeplatform.portfolio.persistence;

import io.adeplatform.platform.http.PageRequest;
import io.adeplatform.portfolio.domain.Engagement;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class EngagementRepository implements PanacheRepositoryBase<Engagement, UUID> {

    /** One page plus one row, so the caller can tell whether more exist. */
    public List<Engagement> list(EngagementFilter filter, PageRequest page) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (!where(filter, conditions, parameters)) {
            return List.of();
        }
        return find(String.join(" and ", conditions), Sort.by("name").and("id"), parameters)
                .range(page.offset(), page.offset() + page.limit)
                .list();
    }

    /** Every engagement the filter admits (portfolio views). */
    public List<Engagement> all(EngagementFilter filter) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (!where(filter, conditions, parameters)) {
            return List.of();
        }
        return find(String.join(" and ", conditions), Sort.by("startDate").and("name").and("id"), parameters).list();
    }

    private static boolean where(EngagementFilter filter, List<String> conditions, Parameters parameters) {
        conditions.add("1 = 1");
        if (filter.customerId() != null) {
            conditions.add("customerId = :customer");
            parameters.and("customer", filter.customerId());
        }
        if (filter.stage() != null) {
            conditions.add("stage = :stage");
            parameters.and("stage", filter.stage());
        }
        if (filter.health() != null) {
            conditions.add("health = :health");
            parameters.and("health", filter.health());
        }
        if (filter.deliveryManager() != null && !filter.deliveryManager().isBlank()) {
            conditions.add("deliveryManager = :dm");
            parameters.and("dm", filter.deliveryManager());
        }
        if (filter.visibleTo().isPresent()) {
            if (filter.visibleTo().get().isEmpty()) {
                return false;
            }
            conditions.add("customerId in :visible");
            parameters.and("visible", filter.visibleTo().get());
        }
        return true;
    }
}
