package io.adeplatform.platform.persistence;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

/**
 * Deletes expired Idempotency-Keys ({@code ade.idempotency.key-ttl}, 24 h) in batches ({@link BatchedDelete}), each in
 * its own transaction. Replicas may run it at the same time: SKIP LOCKED lets each take rows the others are not
 * deleting, and a replica never starts a run while its previous one is still going (concurrentExecution SKIP).
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
        return BatchedDelete.run(em, "idempotency_key", "created_at < now() - ?1 * interval '1 millisecond'",
                config.purgeBatch(), config.keyTtl().toMillis());
    }
}
