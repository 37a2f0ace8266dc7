package io.adeplatform.platform.events;

import io.adeplatform.platform.persistence.BatchedDelete;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Deletes the record of a replayed dead letter ({@code dead_letter_replay}) once its dead-letter topic no longer holds
 * the record (the topic's retention as the broker reports it, plus {@code ade.inbox.retention-margin}): it only stops
 * a replay from bringing the same record in twice, and a record the topic dropped cannot be replayed. In batches,
 * safe with several replicas; a topic whose retention the broker cannot tell keeps its rows.
 */
@ApplicationScoped
public class DeadLetterReplayRetention {

    private static final Logger LOG = Logger.getLogger(DeadLetterReplayRetention.class);

    @Inject
    EntityManager em;

    @Inject
    InboxConfig config;

    @Inject
    TopicRetentions retentions;

    @Scheduled(every = "${ade.inbox.purge-every:1h}", delayed = "3m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        int purged = purge();
        if (purged > 0) {
            LOG.infof("purged %d replayed dead-letter records older than their topic's retention", purged);
        }
    }

    /** Deletes every row past its topic's keep time; answers how many. */
    public int purge() {
        @SuppressWarnings("unchecked")
        List<String> topics = QuarkusTransaction.requiringNew().call(() ->
                em.createNativeQuery("SELECT DISTINCT dead_letter_topic FROM dead_letter_replay").getResultList());
        int total = 0;
        for (String topic : topics) {
            Optional<Duration> retention;
            try {
                retention = retentions.of(Set.of(topic)).get(topic);
            } catch (Exception e) {
                LOG.debugf("replayed dead letters of %s kept: the broker does not tell its retention (%s)", topic, e);
                continue;
            }
            if (retention == null || retention.isEmpty()) {
                continue;   // the topic keeps its records for ever
            }
            total += BatchedDelete.run(em, "dead_letter_replay",
                    "dead_letter_topic = ?1 AND replayed_at < now() - ?2 * interval '1 millisecond'",
                    config.purgeBatch(), topic, retention.get().plus(config.retentionMargin()).toMillis());
        }
        return total;
    }
}
