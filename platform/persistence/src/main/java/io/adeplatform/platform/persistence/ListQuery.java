package io.adeplatform.platform.persistence;

import io.adeplatform.platform.http.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The query of a filtered, account-scoped, paged list endpoint: each optional filter adds its condition only when
 * given, {@link #visibleTo} restricts the rows to the customers of the caller's account teams, and {@link #page}
 * reads one page (one row more than the limit, for {@code Page.fromOverfetch}).
 */
public final class ListQuery {

    private final List<String> conditions = new ArrayList<>();
    private final Parameters parameters = new Parameters();
    private boolean matchesNothing;

    /** {@code field = :parameter} when the value is given (not null). */
    public ListQuery equal(String field, Object value) {
        return where(field + " = :" + field, field, value);
    }

    /** {@code field in :parameter} when the values are given (not empty). */
    public ListQuery in(String field, Collection<?> values) {
        return values.isEmpty() ? this : where(field + " in :" + field, field, values);
    }

    /** A condition using the named parameter ({@code :parameter}), added when the value is given (not null). */
    public ListQuery where(String condition, String parameter, Object value) {
        if (value != null) {
            conditions.add(condition);
            parameters.and(parameter, value);
        }
        return this;
    }

    /** A condition without parameters. */
    public ListQuery where(String condition) {
        conditions.add(condition);
        return this;
    }

    /**
     * Only rows of these customers ({@code customerId}); an empty set matches nothing, an absent one (admins,
     * internal callers) restricts nothing.
     */
    public ListQuery visibleTo(Optional<Set<UUID>> customers) {
        if (customers.isPresent()) {
            if (customers.get().isEmpty()) {
                matchesNothing = true;
            } else {
                where("customerId in :visible", "visible", customers.get());
            }
        }
        return this;
    }

    public <E> List<E> page(PanacheRepositoryBase<E, ?> repository, Sort sort, PageRequest page) {
        if (matchesNothing) {
            return List.of();
        }
        return repository.find(String.join(" and ", conditions), sort, parameters)
                .range(page.offset(), page.offset() + page.limit)
                .list();
    }

    /** Every matching row, for views that aggregate over all of them. */
    public <E> List<E> all(PanacheRepositoryBase<E, ?> repository, Sort sort) {
        return matchesNothing ? List.of() : repository.find(String.join(" and ", conditions), sort, parameters).list();
    }
}
