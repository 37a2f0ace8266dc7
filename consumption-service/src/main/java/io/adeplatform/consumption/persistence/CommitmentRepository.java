package io.adeplatform.consumption.persistence;

import io.adeplatform.consumption.domain.Commitment;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class CommitmentRepository implements PanacheRepositoryBase<Commitment, UUID> {

    public List<Commitment> ofCustomer(UUID customerId) {
        return list("customerId = ?1 order by startDate, id", customerId);
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
