package io.adeplatform.platform.events;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.common.MapBackedConfigSource;
import org.eclipse.microprofile.config.spi.ConfigSource;

import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Kafka channel defaults by convention: a service declares an incoming channel with one line,
 * {@code mp.messaging.incoming.<channel>.topic=<topic>}, and gets the rest as every service needs it: the Kafka
 * connector, consumer group {@code <application>.<channel>}, reading from the earliest offset, string keys and
 * values, and poison records moved to {@code <topic>.<application>.dlq}. Any of these set explicitly wins: this
 * source has the lowest priority.
 */
public class KafkaChannelConventions implements ConfigSourceFactory {

    private static final Pattern INCOMING_TOPIC = Pattern.compile("mp\\.messaging\\.incoming\\.([^.]+)\\.topic");
    private static final String STRING_DESERIALIZER = "org.apache.kafka.common.serialization.StringDeserializer";
    private static final String STRING_SERIALIZER = "org.apache.kafka.common.serialization.StringSerializer";
    /** Below microprofile-config.properties (100) and application.properties (250). */
    private static final int ORDINAL = 50;
    /**
     * Consumer fetch settings for event latency: an idle fetch waits at most 100 ms at the broker instead of 500 ms
     * (EventLatencyBenchmark, platform/events README "Event latency").
     */
    static final Map<String, String> CONSUMER_LATENCY = Map.of("fetch.max.wait.ms", "100");

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        String application = valueOf(context, "quarkus.application.name");
        Map<String, String> defaults = new HashMap<>();
        for (Iterator<String> names = context.iterateNames(); names.hasNext(); ) {
            Matcher channel = INCOMING_TOPIC.matcher(names.next());
            if (channel.matches() && application != null) {
                String topic = valueOf(context, channel.group());
                if (topic != null) {
                    defaults.putAll(incoming(channel.group(1), topic, application));
                }
            }
        }
        return List.of(new MapBackedConfigSource("ade-kafka-channel-conventions", defaults, ORDINAL) {
        });
    }

    static Map<String, String> incoming(String channel, String topic, String application) {
        String prefix = "mp.messaging.incoming." + channel + ".";
        Map<String, String> settings = new HashMap<>();
        CONSUMER_LATENCY.forEach((name, value) -> settings.put(prefix + name, value));
        settings.putAll(Map.of(
                prefix + "connector", "smallrye-kafka",
                prefix + "group.id", application + "." + channel,
                prefix + "auto.offset.reset", "earliest",
                prefix + "key.deserializer", STRING_DESERIALIZER,
                prefix + "value.deserializer", STRING_DESERIALIZER,
                prefix + "failure-strategy", "dead-letter-queue",
                prefix + "dead-letter-queue.topic", topic + "." + application + ".dlq",
                prefix + "dead-letter-queue.key.serializer", STRING_SERIALIZER,
                prefix + "dead-letter-queue.value.serializer", STRING_SERIALIZER));
        return settings;
    }

    private static String valueOf(ConfigSourceContext context, String name) {
        var value = context.getValue(name);
        return value == null ? null : value.getValue();
    }
}
