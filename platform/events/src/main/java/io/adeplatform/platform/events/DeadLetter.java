package io.adeplatform.platform.events;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.time.Instant;

/**
 * One record of a dead-letter topic as an operator sees it: where it is, which event it holds, why it was refused
 * (SmallRye's dead-letter headers) and whether it was replayed already.
 */
public record DeadLetter(String topic, int partition, long offset, String eventId, String eventType, String key,
                         String originalTopic, String originalPartition, String originalOffset, String reason,
                         String exception, Instant time, Instant replayedAt) {

    static DeadLetter of(ConsumerRecord<String, String> record, Instant replayedAt) {
        return new DeadLetter(record.topic(), record.partition(), record.offset(),
                CloudEventHeaders.read(record.headers(), CloudEventHeaders.ID),
                CloudEventHeaders.read(record.headers(), CloudEventHeaders.TYPE), record.key(),
                CloudEventHeaders.read(record.headers(), "dead-letter-topic"),
                CloudEventHeaders.read(record.headers(), "dead-letter-partition"),
                CloudEventHeaders.read(record.headers(), "dead-letter-offset"),
                CloudEventHeaders.read(record.headers(), "dead-letter-reason"),
                CloudEventHeaders.read(record.headers(), "dead-letter-exception-class-name"),
                Instant.ofEpochMilli(record.timestamp()), replayedAt);
    }
}
