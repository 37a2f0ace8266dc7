package io.adeplatform.consumption.persistence;

import io.adeplatform.consumption.domain.Commitment;
import io.adeplatform.platform.http.PageRequest;
import io.adeplatform.platform.persistence.ListQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class CommitmentRepository implements PanacheRepositoryBase<Commitment, UUID> {

    /** One page (overfetched by one) of the customer's commitments, the one starting first first. */
    public List<Commitment> page(UUID customerId, PageRequest page) {
        return new ListQuery().equal("customerId", customerId).page(this, Sort.by("startDate").and("id"), page);
    }

    /** Commitments not ended before {@code day} (ending on it still counts), the one ending first first. */
    public List<Commitment> notEndedBefore(UUID customerId, LocalDate day) {
        return list("customerId = ?1 and endDate >= ?2 order by endDate, id", customerId, day);
    }

    /** Commitments that still run after {@code day}: the ones whose risk can still change. */
    public List<Commitment> runningAfter(UUID customerId, LocalDate day) {
        return list("customerId = ?1 and endDate > ?2", customerId, day);
    }
}
