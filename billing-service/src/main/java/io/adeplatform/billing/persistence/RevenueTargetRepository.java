package io.adeplatform.billing.persistence;

import io.adeplatform.billing.domain.RevenueTarget;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class RevenueTargetRepository implements PanacheRepositoryBase<RevenueTarget, RevenueTarget.Key> {

    public Optional<RevenueTarget> of(UUID customerId, int fiscalYear) {
        return findByIdOptional(new RevenueTarget.Key(customerId, fiscalYear));
    }

    /**
     * Stores a first target unless another request stored one meanwhile (then false: the caller must replace that one
     * under its ETag). ON CONFLICT keeps two first settings from both succeeding or failing with a 500.
     */
    public boolean insertIfAbsent(RevenueTarget t) {
        return getEntityManager().createNativeQuery("INSERT INTO revenue_target (customer_id, fiscal_year, amount, "
                        + "currency, version, set_by, set_at) VALUES (?1, ?2, ?3, ?4, 0, ?5, ?6) ON CONFLICT DO NOTHING")
                .setParameter(1, t.customerId).setParameter(2, t.fiscalYear).setParameter(3, t.amount)
                .setParameter(4, t.currency).setParameter(5, t.setBy).setParameter(6, t.setAt)
                .executeUpdate() == 1;
    }

    /** The kept target, locked for its replacement. */
    public Optional<RevenueTarget> lock(UUID customerId, int fiscalYear) {
        return Optional.ofNullable(getEntityManager().find(RevenueTarget.class,
                new RevenueTarget.Key(customerId, fiscalYear), LockModeType.PESSIMISTIC_WRITE));
    }
}
