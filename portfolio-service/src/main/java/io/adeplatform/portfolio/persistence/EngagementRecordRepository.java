package io.adeplatform.portfolio.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import java.util.Optional;
import java.util.UUID;

/** What the repositories of the records kept on an engagement share (each lists them in an order of its own). */
public interface EngagementRecordRepository<T> extends PanacheRepositoryBase<T, UUID> {

    /** The record when it is one of this engagement's. */
    default Optional<T> findOn(UUID engagementId, UUID id) {
        return find("id = ?1 and engagementId = ?2", id, engagementId).firstResultOptional();
    }
}
