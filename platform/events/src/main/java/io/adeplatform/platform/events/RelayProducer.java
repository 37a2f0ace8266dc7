package io.adeplatform.platform.events;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * The relay's Kafka producer: idempotent with acks from all replicas, so records of one batch land in order
 * and exactly once per send. After any failure it is thrown away and rebuilt, which resets its sequence state.
 */
final class RelayProducer implements AutoCloseable {

    private static final Duration ACK_TIMEOUT = Duration.ofSeconds(20);

    private final Map<String, Object> config;
    private KafkaProducer<String, String> producer;

    RelayProducer(Map<String, Object> kafkaConfig) {
        Map<String, Object> settings = new HashMap<>(kafkaConfig);
        settings.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        settings.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        settings.put(ProducerConfig.ACKS_CONFIG, "all");
        settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        // one request at a time: a later batch can never overtake an earlier one that is still being retried
        settings.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 1);
        settings.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        settings.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5000);
        settings.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
        settings.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 15000);
        settings.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay");
        this.config = settings;
    }

    /** Sends all records and waits until Kafka has acknowledged every one of them. */
    void sendAll(List<ProducerRecord<String, String>> records) throws Exception {
        if (producer == null) {
            producer = new KafkaProducer<>(config);
        }
        KafkaProducer<String, String> current = producer;
        // On the first failed record, abort everything after it: otherwise a later record of the same aggregate
        // could still reach Kafka (after the broker comes back) ahead of the earlier one that failed, and the
        // retry would then publish them out of order.
        List<Future<RecordMetadata>> acks = records.stream()
                .map(record -> current.send(record, (metadata, error) -> {
                    if (error != null) {
                        current.close(Duration.ZERO);
                    }
                }))
                .toList();
        current.flush();
        for (Future<RecordMetadata> ack : acks) {
            ack.get(ACK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    void reset() {
        if (producer != null) {
            producer.close(Duration.ZERO);
            producer = null;
        }
    }

    @Override
    public void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
            producer = null;
        }
    }
}
