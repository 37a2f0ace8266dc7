package io.adeplatform.portfolio.persistence;

import io.adeplatform.portfolio.domain.ProgressChange;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ProgressChangeRepository implements PanacheRepositoryBase<ProgressChange, UUID> {

    /** The last change recorded before {@code before}. */
    public Optional<ProgressChange> lastBefore(UUID engagementId, OffsetDateTime before) {
        return find("engagementId = ?1 and createdAt < ?2", Sort.descending("createdAt").and("id"), engagementId, before)
                .firstResultOptional();
    }

    /** The first change recorded at or after {@code from}. */
    public Optional<ProgressChange> firstFrom(UUID engagementId, OffsetDateTime from) {
        return find("engagementId = ?1 and createdAt >= ?2", Sort.ascending("createdAt").and("id"), engagementId, from)
                .firstResultOptional();
    }
}
