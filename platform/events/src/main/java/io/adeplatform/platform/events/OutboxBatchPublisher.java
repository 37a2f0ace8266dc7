package io.adeplatform.platform.events;

import javax.sql.DataSource;
import java.sql.Connection;
import java.util.List;

/**
 * One relay step: lock the next batch of pending outbox rows, send them and wait for Kafka's answers, mark the
 * acknowledged ones published and quarantine the ones Kafka refuses for good ({@link BatchOutcome}), commit.
 * A transient failure is thrown after that commit: the rows from the failed one on are sent again later, in order.
 */
final class OutboxBatchPublisher {

    private final DataSource dataSource;
    private final String domain;
    private final String source;
    private final int batchSize;

    OutboxBatchPublisher(DataSource dataSource, String domain, String source, int batchSize) {
        this.dataSource = dataSource;
        this.domain = domain;
        this.source = source;
        this.batchSize = batchSize;
    }

    /** What the step did; {@link BatchOutcome#NOTHING} when nothing was pending (or another replica holds it). */
    BatchOutcome publishNext(RelayProducer producer) throws Exception {
        BatchOutcome outcome;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                List<PendingEvent> batch = OutboxStore.lockNextBatch(connection, batchSize);
                outcome = batch.isEmpty() ? BatchOutcome.NOTHING : BatchOutcome.of(batch, producer.sendAll(
                        batch.stream().map(event -> CloudEventHeaders.toRecord(event, domain, source)).toList()));
                OutboxStore.markPublished(connection, outcome.published());
                OutboxStore.quarantine(connection, outcome.quarantined());
                connection.commit();
            } catch (Exception e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
        if (outcome.transientFailure() != null) {
            throw new RelayFailure(outcome, outcome.transientFailure());
        }
        return outcome;
    }

    /** Kafka failed a record transiently; what the batch achieved before that is committed. */
    static final class RelayFailure extends Exception {

        private final transient BatchOutcome outcome;

        RelayFailure(BatchOutcome outcome, Throwable cause) {
            super("Kafka did not acknowledge an outbox record: " + cause, cause);
            this.outcome = outcome;
        }

        BatchOutcome outcome() {
            return outcome;
        }
    }
}
