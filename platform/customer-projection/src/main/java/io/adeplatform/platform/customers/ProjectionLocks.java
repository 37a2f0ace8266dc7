package io.adeplatform.platform.customers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.UUID;

/**
 * Transaction-scoped PostgreSQL advisory locks that serialise writers of the projection across threads and
 * replicas: the two consumers (events and state) take the projection lock shared and then their customer's lock,
 * so "unknown customer → park" and "customer created → drain the parked" never interleave; a rebuild takes the
 * projection lock exclusively and so runs alone. Readers take none (MVCC shows them the last commit).
 */
@ApplicationScoped
public class ProjectionLocks {

    /** Class ids of the two-key advisory lock space ("CPR0", "CPR1"), apart from single-key locks of other code. */
    private static final int PROJECTION = 0x43505230;
    private static final int CUSTOMER = 0x43505231;

    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public void customer(UUID customerId) {
        lock("pg_advisory_xact_lock_shared", PROJECTION, 0);
        lock("pg_advisory_xact_lock", CUSTOMER, customerId.hashCode());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void wholeProjection() {
        lock("pg_advisory_xact_lock", PROJECTION, 0);
    }

    private void lock(String function, int classId, int objectId) {
        // the functions return void, which JDBC cannot map: select a constant from their call
        em.createNativeQuery("SELECT 1 FROM (SELECT " + function + "(?1, ?2)) AS locked")
                .setParameter(1, classId).setParameter(2, objectId).getSingleResult();
    }
}
