package io.adeplatform.portfolio.persistence;

import io.adeplatform.platform.http.PageRequest;
import io.adeplatform.platform.persistence.ListQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What the repositories of the records kept on an engagement share (each lists them in an order of its own). */
public interface EngagementRecordRepository<T> extends PanacheRepositoryBase<T, UUID> {

    /** The record when it is one of this engagement's. */
    default Optional<T> findOn(UUID engagementId, UUID id) {
        return find("id = ?1 and engagementId = ?2", id, engagementId).firstResultOptional();
    }

    /** One page of the engagement's records plus one row ({@code Page.fromOverfetch} tells from it whether more exist). */
    default List<T> pageOn(UUID engagementId, Sort order, PageRequest page) {
        return new ListQuery().equal("engagementId", engagementId).page(this, order, page);
    }
}
