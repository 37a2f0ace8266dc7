package io.adeplatform.platform.events;

import io.adeplatform.platform.testing.TestKafka;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Event latency, commit → effect, over a real PostgreSQL and Kafka: a writer commits outbox rows one at a time
 * (10–20 ms apart), the relay parts of this module publish them (woken by NOTIFY, as {@link OutboxRelay} is), and a
 * consumer in another group applies each one in a database transaction of its own. It prints p50/p95/p99 for the
 * settings before and after issue 15's change, side by side. A benchmark, not a test: it asserts only that every
 * event arrived. Not part of the normal build (tag {@code benchmark}); run it with
 * <pre>
 * ./mvnw -B -o verify -pl platform/events -am -Dgroups=benchmark -DexcludedGroups=none \
 *     -Dtest=EventLatencyBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 */
@Tag("benchmark")
class EventLatencyBenchmark {

    private static final int EVENTS = Integer.getInteger("benchmark.events", 400);
    private static final int WARM_UP = 30;
    private static final Pattern N = Pattern.compile("\"n\": (\\d+)");

    private record Settings(String name, Map<String, Object> producer, Map<String, Object> consumer) {
    }

    private static final List<Settings> SETTINGS = List.of(
            new Settings("before: linger.ms=5, consumer defaults", Map.of("linger.ms", 5), Map.of()),
            new Settings("after: " + KafkaChannelConventions.CONSUMER_LATENCY, Map.of(),
                    new HashMap<>(KafkaChannelConventions.CONSUMER_LATENCY)));

    @Test
    void commitToEffectBeforeAndAfter() throws Exception {
        Map<String, double[]> results = new LinkedHashMap<>();
        for (Settings settings : SETTINGS) {
            double[][] legs = run(settings);
            results.put(settings.name() + ", commit -> published", legs[0]);
            results.put(settings.name() + ", published -> effect", legs[1]);
            results.put(settings.name() + ", commit -> effect", legs[2]);
        }
        StringBuilder table = new StringBuilder(String.format("%nEvent latency, commit -> consumer effect, %d events "
                + "each (first %d left out)%n%-100s %8s %8s %8s %8s%n", EVENTS, WARM_UP, "settings", "p50 ms", "p95 ms",
                "p99 ms", "max ms"));
        results.forEach((name, sorted) -> table.append(String.format("%-100s %8.1f %8.1f %8.1f %8.1f%n", name,
                percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99), sorted[sorted.length - 1])));
        table.append("load average (1, 5, 15 min) at the end: ").append(loadAverage());
        System.out.println(table);
    }

    private static double[][] run(Settings settings) throws Exception {
        TestOutbox outbox = new TestOutbox("outbox_latency");
        String domain = "latency" + UUID.randomUUID().toString().substring(0, 8);
        String topic = EventTypes.topic(domain, "probe");
        createTopic(topic);
        try (Connection connection = outbox.dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS latency_effect (event_id uuid PRIMARY KEY, n int NOT NULL)");
        }
        long[] committed = new long[EVENTS];
        long[] published = new long[EVENTS];
        long[] applied = new long[EVENTS];
        AtomicInteger effects = new AtomicInteger();
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicBoolean assigned = new AtomicBoolean();

        Thread consumer = new Thread(() -> consume(outbox, topic, settings, applied, effects, running, assigned), "bench-consumer");
        Thread relay = new Thread(() -> relay(outbox, domain, settings, published, running), "bench-relay");
        consumer.start();
        relay.start();
        while (!assigned.get()) {
            Thread.sleep(50);
        }
        for (int n = 0; n < EVENTS; n++) {
            outbox.insert("probe", "customer-" + ThreadLocalRandom.current().nextInt(50), "{\"n\": " + n + "}");
            committed[n] = System.nanoTime(); // auto-commit: the insert has committed when it returns
            Thread.sleep(10 + ThreadLocalRandom.current().nextInt(10));
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (effects.get() < EVENTS && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        running.set(false);
        relay.interrupt();
        relay.join(10_000);
        consumer.join(10_000);
        assertThat(effects.get()).as("events applied with " + settings.name()).isEqualTo(EVENTS);

        return new double[][] {latencies(committed, published), latencies(published, applied), latencies(committed, applied)};
    }

    private static double[] latencies(long[] from, long[] to) {
        double[] latencies = new double[EVENTS - WARM_UP];
        for (int n = WARM_UP; n < EVENTS; n++) {
            latencies[n - WARM_UP] = (to[n] - from[n]) / 1_000_000.0;
        }
        Arrays.sort(latencies);
        return latencies;
    }

    /** The relay's loop ({@link OutboxRelay#run}) with the settings under test. */
    private static void relay(TestOutbox outbox, String domain, Settings settings, long[] published, AtomicBoolean running) {
        OutboxBatchPublisher publisher = new OutboxBatchPublisher(outbox.dataSource, domain, "/latency-benchmark", 200);
        try (RelayProducer producer = new RelayProducer(Map.of("bootstrap.servers", TestKafka.bootstrapServers()),
                settings.producer());
             OutboxNotifications notifications = new OutboxNotifications(outbox.dataSource.getUrl(), "postgres", "postgres")) {
            while (running.get()) {
                try {
                    BatchOutcome outcome = publisher.publishNext(producer);
                    long now = System.nanoTime();
                    for (PendingEvent event : outcome.published()) {
                        Matcher n = N.matcher(event.payload());
                        if (n.find()) {
                            published[Integer.parseInt(n.group(1))] = now;
                        }
                    }
                    if (!outcome.progressed()) {
                        notifications.await(Duration.ofSeconds(2));
                    }
                } catch (Exception e) {
                    producer.reset();
                    Pause.sleep(Duration.ofMillis(100));
                }
            }
        }
    }

    /** Another service's consumer: each record applied in a transaction of its own, as IdempotentConsumer does. */
    private static void consume(TestOutbox outbox, String topic, Settings settings, long[] applied, AtomicInteger effects,
                                AtomicBoolean running, AtomicBoolean assigned) {
        Map<String, Object> config = new HashMap<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "latency-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName()));
        config.putAll(settings.consumer());
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config);
             Connection connection = outbox.dataSource.getConnection();
             PreparedStatement effect = connection.prepareStatement(
                     "INSERT INTO latency_effect (event_id, n) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
            consumer.subscribe(List.of(topic));
            while (running.get()) {
                // SmallRye's Kafka connector polls with a 1 s timeout (poll-timeout) too
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(1000))) {
                    Matcher n = N.matcher(record.value());
                    if (n.find()) {
                        effect.setObject(1, UUID.fromString(CloudEventHeaders.read(record.headers(), "ce_id")));
                        effect.setInt(2, Integer.parseInt(n.group(1)));
                        effect.executeUpdate();
                        applied[Integer.parseInt(n.group(1))] = System.nanoTime();
                        effects.incrementAndGet();
                    }
                }
                assigned.set(assigned.get() || !consumer.assignment().isEmpty());
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void createTopic(String topic) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1))).all().get();
        }
    }

    /** The machine's load: on 2 shared cores it, not the settings, decides the tail. */
    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    private static double percentile(double[] sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))];
    }
}
