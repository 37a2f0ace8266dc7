package io.adeplatform.platform.persistence;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

/**
 * Deletes expired Idempotency-Keys in batches, each in its own transaction. Replicas may run it at the same time:
 * SKIP LOCKED lets each take rows the others are not deleting.
 */
@ApplicationScoped
public class IdempotencyKeyPurge {

    private static final Logger LOG = Logger.getLogger(IdempotencyKeyPurge.class);

    @Inject
    EntityManager em;

    @Inject
    IdempotencyConfig config;

    @Scheduled(every = "${ade.idempotency.purge-every:15m}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        int purged = purgeExpired();
        if (purged > 0) {
            LOG.infof("purged %d expired Idempotency-Keys", purged);
        }
    }

    /** Deletes every key older than the TTL; answers how many. */
    public int purgeExpired() {
        int total = 0;
        int deleted;
        do {
            deleted = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                            "DELETE FROM idempotency_key WHERE ctid IN (SELECT ctid FROM idempotency_key"
                                    + " WHERE created_at < now() - ?1 * interval '1 millisecond'"
                                    + " LIMIT ?2 FOR UPDATE SKIP LOCKED)")
                    .setParameter(1, config.keyTtl().toMillis())
                    .setParameter(2, config.purgeBatch())
                    .executeUpdate());
            total += deleted;
        } while (deleted == config.purgeBatch());
        return total;
    }
}
