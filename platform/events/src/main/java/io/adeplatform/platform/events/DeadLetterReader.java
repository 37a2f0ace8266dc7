package io.adeplatform.platform.events;

import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a dead-letter topic from its beginning to its current end with a plain consumer that assigns partitions and
 * commits nothing (no consumer group: reading is not consuming). Dead-letter topics are small by design (one
 * partition, 30 days, only poison), so at most {@link #MAX_RECORDS} are read, oldest first.
 */
@ApplicationScoped
public class DeadLetterReader {

    static final int MAX_RECORDS = 10_000;
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    public List<ConsumerRecord<String, String>> readAll(String topic) {
        Map<String, Object> settings = new HashMap<>(kafkaConfig);
        settings.remove(ConsumerConfig.GROUP_ID_CONFIG);
        settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        settings.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        settings.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        settings.put(ConsumerConfig.CLIENT_ID_CONFIG, "dead-letter-reader");
        settings.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(settings)) {
            List<PartitionInfo> infos = consumer.partitionsFor(topic, TIMEOUT);
            if (infos == null || infos.isEmpty()) {
                return records;   // never created: nothing was ever dead-lettered there
            }
            List<TopicPartition> partitions = infos.stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, TIMEOUT);
            Instant deadline = Instant.now().plus(TIMEOUT);
            while (!reached(consumer, end) && records.size() < MAX_RECORDS) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("cannot read " + topic + " to its end within " + TIMEOUT);
                }
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        records.sort((a, b) -> a.partition() != b.partition() ? Integer.compare(a.partition(), b.partition())
                : Long.compare(a.offset(), b.offset()));
        return records.size() > MAX_RECORDS ? records.subList(0, MAX_RECORDS) : records;
    }

    private static boolean reached(KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }
}
