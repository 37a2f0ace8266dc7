package io.adeplatform.platform.testing;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;

/** Plain Kafka clients for tests: read what a service published, and publish records to a service. */
public final class TestKafka {

    private TestKafka() {
    }

    public static String bootstrapServers() {
        return SharedInfrastructure.kafka().bootstrapServers();
    }

    /**
     * Reads the topic from the beginning until {@code count} records matching {@code filter} arrived or the timeout
     * passed; returns the matching records in topic order.
     */
    public static List<ConsumerRecord<String, String>> await(String topic, Predicate<ConsumerRecord<String, String>> filter,
                                                             int count, Duration timeout) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        List<ConsumerRecord<String, String>> matching = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            consumer.subscribe(List.of(topic));
            Instant deadline = Instant.now().plus(timeout);
            while (matching.size() < count && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if (filter.test(record)) {
                        matching.add(record);
                    }
                }
            }
        }
        return matching;
    }

    /** Records matching the filter that arrive within the wait: to prove something was NOT published. */
    public static List<ConsumerRecord<String, String>> collect(String topic, Predicate<ConsumerRecord<String, String>> filter,
                                                               Duration wait) {
        return await(topic, filter, Integer.MAX_VALUE, wait);
    }

    public static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** Publishes one record with the given headers and waits for the broker's acknowledgement. */
    public static void send(String topic, String key, String value, Map<String, String> headers) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
            headers.forEach((name, text) -> record.headers().add(new RecordHeader(name, text.getBytes(StandardCharsets.UTF_8))));
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("cannot publish test record to " + topic, e);
        }
    }

    /** Publishes a CloudEvent in binary mode, as the topic's owning service's relay does. */
    public static void sendCloudEvent(String topic, UUID eventId, String type, String subject, String json) {
        sendCloudEvent(topic, eventId, type, subject, json, ownerSource(topic));
    }

    /** Publishes a CloudEvent in binary mode claiming the given {@code ce_source}. */
    public static void sendCloudEvent(String topic, UUID eventId, String type, String subject, String json,
                                      String source) {
        send(topic, subject, json, Map.of(
                "ce_id", eventId.toString(),
                "ce_type", type,
                "ce_source", source,
                "ce_subject", subject,
                "ce_time", Instant.now().toString(),
                "ce_specversion", "1.0",
                "content-type", "application/json"));
    }

    /**
     * The {@code ce_source} of the service owning a topic of another domain ({@code billing.invoice.events} →
     * {@code /billing-service}), the rule consumers check (platform/events {@code TopicOwners}; its test holds both
     * equal). This module cannot depend on platform/events, which uses it for its own tests.
     */
    public static String ownerSource(String topic) {
        return "/" + topic.substring(0, topic.indexOf('.')) + "-service";
    }
}
