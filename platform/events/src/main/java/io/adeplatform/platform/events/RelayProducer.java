package io.adeplatform.platform.events;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.serialization.StringSerializer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
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
    private volatile boolean broken;

    RelayProducer(Map<String, Object> kafkaConfig) {
        this(kafkaConfig, Map.of());
    }

    /** With {@code overrides} applied last: for the latency benchmark's comparison of settings. */
    RelayProducer(Map<String, Object> kafkaConfig, Map<String, Object> overrides) {
        Map<String, Object> settings = new HashMap<>(kafkaConfig);
        settings.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        settings.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        settings.put(ProducerConfig.ACKS_CONFIG, "all");
        settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        // one request at a time: a later batch can never overtake an earlier one that is still being retried
        settings.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 1);
        // sendAll flushes at once after the last record, so lingering would only delay a lone event
        settings.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        settings.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5000);
        settings.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
        settings.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 15000);
        settings.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay");
        settings.putAll(overrides);
        this.config = settings;
    }

    /**
     * Sends the records in order and waits for each outcome: per record, null when Kafka acknowledged it, else
     * its failure. After the first failure the producer is closed at once, so no later record (possibly of the
     * same aggregate) can still reach Kafka ahead of the failed one; those later records fail as aborted.
     */
    List<Throwable> sendAll(List<ProducerRecord<String, String>> records) {
        if (broken) {
            reset();
        }
        if (producer == null) {
            producer = new KafkaProducer<>(config);
            broken = false;
        }
        KafkaProducer<String, String> current = producer;
        List<Future<RecordMetadata>> acks = new ArrayList<>(records.size());
        for (ProducerRecord<String, String> record : records) {
            acks.add(send(current, record));
        }
        if (!broken) {
            current.flush();
        }
        List<Throwable> outcomes = new ArrayList<>(records.size());
        for (Future<RecordMetadata> ack : acks) {
            outcomes.add(outcome(ack));
        }
        return outcomes;
    }

    private Future<RecordMetadata> send(KafkaProducer<String, String> current, ProducerRecord<String, String> record) {
        try {
            return current.send(record, (metadata, error) -> {
                if (error != null) {
                    broken = true;
                    current.close(Duration.ZERO);
                }
            });
        } catch (RuntimeException e) {
            // closed by an earlier record's failure, or refused before sending
            broken = true;
            return CompletableFuture.failedFuture(e);
        }
    }

    private static Throwable outcome(Future<RecordMetadata> ack) {
        try {
            ack.get(ACK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            return null;
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return e;
        } catch (Exception e) {
            return e;
        }
    }

    void reset() {
        if (producer != null) {
            producer.close(Duration.ZERO);
            producer = null;
        }
        broken = false;
    }

    @Override
    public void close() {
        if (producer != null) {
            // the relay is stopped by an interrupt: close cleanly all the same, then keep the flag
            boolean interrupted = Thread.interrupted();
            try {
                producer.close(Duration.ofSeconds(5));
            } catch (InterruptException e) {
                interrupted = true;
            } finally {
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
            producer = null;
        }
    }
}
