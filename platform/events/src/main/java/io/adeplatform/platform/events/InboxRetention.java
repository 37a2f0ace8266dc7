package io.adeplatform.platform.events;

import io.adeplatform.platform.persistence.BatchedDelete;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Deletes inbox rows once their topic can no longer redeliver the event ({@link InboxRetentionPolicy}: the topic's
 * retention as the broker reports it, plus {@code ade.inbox.retention-margin}). In batches ({@link BatchedDelete}),
 * safe with several replicas; when the broker cannot tell a retention, nothing is deleted that run.
 */
@ApplicationScoped
public class InboxRetention {

    private static final Logger LOG = Logger.getLogger(InboxRetention.class);

    @Inject
    EntityManager em;

    @Inject
    InboxConfig config;

    @Inject
    ConsumingChannels channels;

    @Inject
    TopicRetentions retentions;

    @Scheduled(every = "${ade.inbox.purge-every:1h}", delayed = "2m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        int purged = purge();
        if (purged > 0) {
            LOG.infof("purged %d inbox rows older than their topic's retention", purged);
        }
    }

    /** Deletes every row past its keep time; answers how many. */
    public int purge() {
        TreeSet<String> topics = new TreeSet<>();
        channels.all().forEach(channel -> topics.add(channel.topic()));
        if (topics.isEmpty()) {
            return 0;
        }
        Map<String, Optional<Duration>> keep;
        try {
            keep = InboxRetentionPolicy.keepFor(retentions.of(topics), config.retentionMargin());
        } catch (Exception e) {
            LOG.warnf("inbox retention skipped: the broker does not tell the topics' retention (%s)", e.toString());
            return 0;
        }
        int total = 0;
        for (Map.Entry<String, Optional<Duration>> topic : keep.entrySet()) {
            if (topic.getValue().isEmpty()) {
                continue;   // the topic keeps its events for ever: so does the inbox
            }
            long millis = topic.getValue().get().toMillis();
            total += topic.getKey().equals(InboxRetentionPolicy.NO_TOPIC)
                    ? BatchedDelete.run(em, "inbox_event",
                            "topic IS NULL AND received_at < now() - ?1 * interval '1 millisecond'",
                            config.purgeBatch(), millis)
                    : BatchedDelete.run(em, "inbox_event",
                            "topic = ?1 AND received_at < now() - ?2 * interval '1 millisecond'",
                            config.purgeBatch(), topic.getKey(), millis);
        }
        return total;
    }
}
