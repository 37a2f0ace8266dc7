package io.adeplatform.platform.events;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Publishes committed outbox rows to Kafka in order per aggregate and marks them published, in one database
 * transaction per batch. While Kafka is unreachable the rows stay pending and are retried with backoff, so nothing
 * is lost or reordered; a row Kafka refuses for good is quarantined so it holds nothing back ({@link BatchOutcome}).
 * A crash after sending but before commit only leads to a redelivery, which consumers' inboxes absorb. Several replicas can run it at once (row locks with SKIP LOCKED).
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(5);
    private static final Duration CLEANUP_EVERY = Duration.ofHours(1);

    @Inject
    AgroalDataSource dataSource;

    @Inject
    OutboxConfig config;

    @Inject
    RelayStatus status;

    @Inject
    RelayMetrics metrics;

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    @ConfigProperty(name = "quarkus.application.name")
    String applicationName;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @ConfigProperty(name = "quarkus.datasource.username")
    String dbUser;

    @ConfigProperty(name = "quarkus.datasource.password")
    String dbPassword;

    private volatile boolean running;
    private Thread worker;

    void start(@Observes StartupEvent event) {
        if (!config.relayEnabled()) {
            status.disabled();
            return;
        }
        running = true;
        worker = new Thread(this::run, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        if (config.relayEnabled()) {
            status.stopped();
        }
        if (worker != null) {
            worker.interrupt();
            try {
                worker.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void run() {
        OutboxBatchPublisher publisher = new OutboxBatchPublisher(dataSource, config.domain(),
                EventTypes.source(applicationName), config.batchSize());
        Duration backoff = Duration.ofMillis(100);
        Instant nextCleanup = Instant.now();
        try (RelayProducer producer = new RelayProducer(kafkaConfig);
             OutboxNotifications notifications = new OutboxNotifications(jdbcUrl, dbUser, dbPassword)) {
            status.running();
            while (running) {
                try {
                    BatchOutcome outcome = publisher.publishNext(producer);
                    recordProgress(outcome);
                    backoff = Duration.ofMillis(100);
                    if (Instant.now().isAfter(nextCleanup)) {
                        deleteOldRows();
                        nextCleanup = Instant.now().plus(CLEANUP_EVERY);
                    }
                    if (!outcome.progressed()) {
                        notifications.await(config.pollInterval());
                    }
                } catch (Exception e) {
                    if (!running) {
                        break;
                    }
                    if (e instanceof OutboxBatchPublisher.RelayFailure failure) {
                        recordProgress(failure.outcome());
                    }
                    status.failed(e);
                    metrics.failed();
                    LOG.warnf("outbox relay could not publish (%s); retrying in %d ms", e, backoff.toMillis());
                    producer.reset();
                    Pause.sleep(backoff);
                    backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
                }
            }
        }
    }

    private void recordProgress(BatchOutcome outcome) {
        if (!outcome.published().isEmpty()) {
            metrics.published(outcome.published().size());
            status.published();
        }
        for (BatchOutcome.Quarantined row : outcome.quarantined()) {
            LOG.errorf("outbox event %s (%s of %s %s, seq %d) quarantined: Kafka refuses it for good (%s); later "
                            + "events go on. Fix the cause, then release it: see platform/events README, Quarantine",
                    row.event().id(), row.event().type(), row.event().aggregateType(), row.event().aggregateId(),
                    row.event().seq(), row.reason());
        }
        metrics.quarantined(outcome.quarantined().size());
    }

    private void deleteOldRows() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            int deleted = OutboxStore.deletePublishedOlderThan(connection, config.retention());
            if (deleted > 0) {
                LOG.debugf("deleted %d published outbox rows older than %s", deleted, config.retention());
            }
        }
    }
}
