package io.adeplatform.platform.events;

import javax.sql.DataSource;
import java.sql.Connection;
import java.util.List;

/**
 * One relay step: lock the next batch of pending outbox rows, send them and wait for Kafka's acknowledgements,
 * mark them published, commit. Any failure rolls the batch back, so its rows are sent again later, in order.
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

    /** Returns how many events were published; 0 when nothing was pending (or all of it is held by another replica). */
    int publishNext(RelayProducer producer) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                List<PendingEvent> batch = OutboxStore.lockNextBatch(connection, batchSize);
                if (!batch.isEmpty()) {
                    producer.sendAll(batch.stream().map(event -> CloudEventHeaders.toRecord(event, domain, source)).toList());
                    OutboxStore.markPublished(connection, batch);
                }
                connection.commit();
                return batch.size();
            } catch (Exception e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }
}
