package io.adeplatform.relationship.persistence;

import io.adeplatform.platform.http.PageRequest;
import io.adeplatform.relationship.domain.Customer;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class CustomerRepository implements PanacheRepositoryBase<Customer, UUID> {

    /** One page plus one row, so the caller can tell whether more exist. */
    public List<Customer> list(CustomerFilter filter, PageRequest page) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (filter.segment() != null) {
            conditions.add("segment = :segment");
            parameters.and("segment", filter.segment());
        }
        if (filter.tier() != null && !filter.tier().isBlank()) {
            conditions.add("tier = :tier");
            parameters.and("tier", filter.tier());
        }
        if (filter.region() != null && !filter.region().isBlank()) {
            conditions.add("region = :region");
            parameters.and("region", filter.region());
        }
        if (filter.status() != null) {
            conditions.add("status = :status");
            parameters.and("status", filter.status());
        }
        if (filter.nameContains() != null && !filter.nameContains().isBlank()) {
            conditions.add("lower(name) like :name");
            parameters.and("name", "%" + filter.nameContains().toLowerCase().replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (filter.visibleTo().isPresent()) {
            if (filter.visibleTo().get().isEmpty()) {
                return List.of();
            }
            conditions.add("id in :visible");
            parameters.and("visible", filter.visibleTo().get());
        }
        String query = conditions.isEmpty() ? "" : String.join(" and ", conditions);
        return find(query, Sort.by("name").and("id"), parameters)
                .range(page.offset(), page.offset() + page.limit)
                .list();
    }
}
