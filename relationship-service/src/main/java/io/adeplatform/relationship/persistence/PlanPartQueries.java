package io.adeplatform.relationship.persistence;

import io.adeplatform.platform.http.PageRequest;
import io.adeplatform.platform.persistence.ListQuery;
import io.adeplatform.relationship.domain.PlanPart;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

import java.util.List;
import java.util.UUID;

/** The one list query of every kind of account-plan part: a customer's parts, oldest first, one page plus one row. */
final class PlanPartQueries {

    private PlanPartQueries() {
    }

    /** {@code state} (a status or stage, in the column {@code stateField}) filters when not null. */
    static <T extends PlanPart> List<T> page(PanacheRepositoryBase<T, UUID> parts, UUID customerId, String stateField,
                                             Object state, PageRequest page) {
        return new ListQuery().equal("customerId", customerId).equal(stateField, state)
                .page(parts, Sort.by("createdAt").and("id"), page);
    }
}
