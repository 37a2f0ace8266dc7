package io.adeplatform.consumption.persistence;

import io.adeplatform.consumption.domain.CommitmentStanding;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The risk rows of commitments, taken with row locks: an evaluation holds the row until its transaction ends, so two
 * evaluations of one commitment (two scheduler replicas, an ingestion and a tick) never both see the old state.
 */
@ApplicationScoped
public class CommitmentStandingRepository implements PanacheRepositoryBase<CommitmentStanding, UUID> {

    /**
     * Locks the row, waiting for another evaluation to finish, and reads it as committed by then (an edit of the
     * commitment: one row, so no lock cycle).
     */
    public CommitmentStanding lock(UUID commitmentId) {
        getEntityManager().createNativeQuery("SELECT commitment_id FROM commitment_standing WHERE commitment_id = ?1 FOR UPDATE")
                .setParameter(1, commitmentId).getResultList();
        return refreshed(commitmentId);
    }

    /**
     * Locks the rows of these commitments that nobody else is evaluating (SKIP LOCKED: never waits, so never
     * deadlocks with, nor delays, another upload); returns them read as committed. A row left out is being evaluated
     * elsewhere, and the next scheduler tick evaluates it again.
     */
    public List<CommitmentStanding> lockFree(List<UUID> commitmentIds) {
        if (commitmentIds.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<UUID> locked = getEntityManager().createNativeQuery("SELECT commitment_id FROM commitment_standing "
                        + "WHERE commitment_id IN (:ids) ORDER BY commitment_id FOR UPDATE SKIP LOCKED")
                .setParameter("ids", commitmentIds).getResultList();
        return locked.stream().map(this::refreshed).toList();
    }

    /**
     * The next commitment still running after {@code today} and not evaluated since {@code tickStart}, locked (SKIP
     * LOCKED: replicas running the same tick each take another one); empty when none is left.
     */
    public Optional<CommitmentStanding> lockNextDue(LocalDate today, OffsetDateTime tickStart) {
        @SuppressWarnings("unchecked")
        List<UUID> next = getEntityManager().createNativeQuery("SELECT s.commitment_id FROM commitment_standing s "
                        + "JOIN consumption_commitment c ON c.id = s.commitment_id "
                        + "WHERE c.end_date > ?1 AND s.evaluated_at < ?2 ORDER BY s.evaluated_at, s.commitment_id "
                        + "LIMIT 1 FOR UPDATE OF s SKIP LOCKED")
                .setParameter(1, today).setParameter(2, tickStart).getResultList();
        return next.stream().findFirst().map(this::refreshed);
    }

    private CommitmentStanding refreshed(UUID commitmentId) {
        CommitmentStanding standing = getEntityManager().find(CommitmentStanding.class, commitmentId);
        getEntityManager().refresh(standing);
        return standing;
    }
}
