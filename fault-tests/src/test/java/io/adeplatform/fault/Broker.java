package io.adeplatform.fault;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/** What the suite asks the Kafka broker directly: dead-letter counts, consumer groups and offsets, raw records. */
final class Broker implements AutoCloseable {

    private final Admin admin;
    private final String bootstrap;

    Broker(String bootstrap) {
        this.bootstrap = bootstrap;
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30000));
    }

    static Broker of(FaultPlatform platform) {
        return new Broker(platform.processes.kafka().bootstrapServers());
    }

    /** Records in every dead-letter topic ({@code *.dlq}) by topic: the end offsets (nothing is ever deleted in a run). */
    Map<String, Long> deadLetters() {
        return endOffsets(topics().stream().filter(topic -> topic.endsWith(".dlq")).collect(Collectors.toSet()));
    }

    static long total(Map<String, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Dead letters added between two {@link #deadLetters()} snapshots, by topic (only those that grew). */
    static Map<String, Long> added(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Long> added = new TreeMap<>();
        after.forEach((topic, count) -> {
            long grown = count - before.getOrDefault(topic, 0L);
            if (grown != 0) {
                added.put(topic, grown);
            }
        });
        return added;
    }

    Set<String> topics() {
        try {
            return new TreeSet<>(admin.listTopics().names().get(30, TimeUnit.SECONDS));
        } catch (Exception e) {
            throw new IllegalStateException("cannot list topics", e);
        }
    }

    Map<String, Long> endOffsets(Set<String> topics) {
        try {
            Map<TopicPartition, OffsetSpec> request = new HashMap<>();
            admin.describeTopics(topics).allTopicNames().get(30, TimeUnit.SECONDS).forEach((topic, description) ->
                    description.partitions().forEach(p -> request.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest())));
            Map<String, Long> counts = new TreeMap<>();
            topics.forEach(topic -> counts.put(topic, 0L));
            admin.listOffsets(request).all().get(30, TimeUnit.SECONDS)
                    .forEach((partition, info) -> counts.merge(partition.topic(), info.offset(), Long::sum));
            return counts;
        } catch (Exception e) {
            throw new IllegalStateException("cannot read end offsets of " + topics, e);
        }
    }

    /** Consumer groups whose id starts with the prefix (e.g. {@code billing-service.}). */
    List<String> groups(String prefix) {
        try {
            return admin.listConsumerGroups().all().get(30, TimeUnit.SECONDS).stream().map(ConsumerGroupListing::groupId)
                    .filter(group -> group.startsWith(prefix)).sorted().toList();
        } catch (Exception e) {
            throw new IllegalStateException("cannot list consumer groups", e);
        }
    }

    /** Topic → the consumer groups with a member assigned to it right now. */
    Map<String, Set<String>> consumersByTopic() {
        try {
            List<String> all = groups("");
            Map<String, ConsumerGroupDescription> descriptions = admin.describeConsumerGroups(all).all().get(30, TimeUnit.SECONDS);
            Map<String, Set<String>> byTopic = new TreeMap<>();
            descriptions.forEach((group, description) -> description.members().forEach(member ->
                    member.assignment().topicPartitions().forEach(partition ->
                            byTopic.computeIfAbsent(partition.topic(), t -> new TreeSet<>()).add(group))));
            return byTopic;
        } catch (Exception e) {
            throw new IllegalStateException("cannot describe consumer groups", e);
        }
    }

    /**
     * Moves every committed offset of the (inactive) group to the start of its partition: a replay of everything.
     * Tried again for up to a minute: right after its last member left, the broker may still refuse it
     * (UnknownMemberIdException, GroupNotEmptyException) until the group has settled as empty.
     */
    void resetToEarliest(String group) {
        Instant deadline = Instant.now().plusSeconds(60);
        while (true) {
            try {
                resetOnce(group);
                return;
            } catch (IllegalStateException e) {
                if (Instant.now().isAfter(deadline)) {
                    throw e;
                }
                Api.sleep(1000);
            }
        }
    }

    private void resetOnce(String group) {
        try {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
            Map<TopicPartition, OffsetSpec> earliest = new HashMap<>();
            committed.keySet().forEach(partition -> earliest.put(partition, OffsetSpec.earliest()));
            Map<TopicPartition, OffsetAndMetadata> reset = new HashMap<>();
            admin.listOffsets(earliest).all().get(30, TimeUnit.SECONDS)
                    .forEach((partition, info) -> reset.put(partition, new OffsetAndMetadata(info.offset())));
            admin.alterConsumerGroupOffsets(group, reset).all().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("cannot reset " + group + " (is a member still running?)", e);
        }
    }

    /** The end offsets now of every partition the group has an offset on: where it has read everything up to now. */
    Map<TopicPartition, Long> endsOf(String group) {
        try {
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            committed(group).keySet().forEach(partition -> latest.put(partition, OffsetSpec.latest()));
            Map<TopicPartition, Long> ends = new HashMap<>();
            admin.listOffsets(latest).all().get(30, TimeUnit.SECONDS).forEach((p, info) -> ends.put(p, info.offset()));
            return ends;
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the end offsets of " + group, e);
        }
    }

    /** Records of {@code ends} the group has not yet committed: 0 once it has read up to them. */
    long behind(String group, Map<TopicPartition, Long> ends) {
        Map<TopicPartition, OffsetAndMetadata> committed = committed(group);
        long behind = 0;
        for (Map.Entry<TopicPartition, Long> end : ends.entrySet()) {
            OffsetAndMetadata at = committed.get(end.getKey());
            behind += Math.max(0, end.getValue() - (at == null ? 0 : at.offset()));
        }
        return behind;
    }

    private Map<TopicPartition, OffsetAndMetadata> committed(String group) {
        try {
            return admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the offsets of " + group, e);
        }
    }

    /** Writes one record as it is, with these headers, straight to a topic (no outbox, no CloudEvents mapping). */
    void send(String topic, String key, String value, Map<String, String> headers) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()))) {
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
            headers.forEach((name, text) -> record.headers().add(new RecordHeader(name, text.getBytes(StandardCharsets.UTF_8))));
            producer.send(record).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("cannot write to " + topic, e);
        }
    }

    /** A record read back: key, value and headers as text. */
    record Read(String key, String value, Map<String, String> headers) {
    }

    /** Every record of the topic now, from the beginning (a throw-away consumer, no group). */
    List<Read> read(String topic) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false))) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<Read> records = new ArrayList<>();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p)) && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    Map<String, String> headers = new HashMap<>();
                    record.headers().forEach(h -> headers.put(h.key(), new String(h.value(), StandardCharsets.UTF_8)));
                    records.add(new Read(record.key(), record.value(), headers));
                }
            }
            return records;
        }
    }

    @Override
    public void close() {
        admin.close();
    }
}
