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
 * values, and poison records moved to the channel's own dead-letter topic {@code <topic>.<consumer group>.dlq} by
 * {@link DeadLetterStrategy} (one per consumer group, so two consumers of one topic in one service never share one,
 * and a record poison for one of them is dead-lettered once, by that one). Any of these set explicitly wins: this
 * source has the lowest priority; a channel that names its {@code group.id} gets its dead-letter topic from it.
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
                    String group = valueOf(context, "mp.messaging.incoming." + channel.group(1) + ".group.id");
                    defaults.putAll(incoming(channel.group(1), topic, application, group));
                }
            }
        }
        return List.of(new MapBackedConfigSource("ade-kafka-channel-conventions", defaults, ORDINAL) {
        });
    }

    /** The channel's defaults; {@code explicitGroup} is its {@code group.id} when set explicitly, else null. */
    static Map<String, String> incoming(String channel, String topic, String application, String explicitGroup) {
        String prefix = "mp.messaging.incoming." + channel + ".";
        String group = explicitGroup != null ? explicitGroup : application + "." + channel;
        Map<String, String> settings = new HashMap<>();
        CONSUMER_LATENCY.forEach((name, value) -> settings.put(prefix + name, value));
        settings.putAll(Map.of(
                prefix + "connector", "smallrye-kafka",
                prefix + "group.id", group,
                prefix + "auto.offset.reset", "earliest",
                prefix + "key.deserializer", STRING_DESERIALIZER,
                prefix + "value.deserializer", STRING_DESERIALIZER,
                prefix + "failure-strategy", DeadLetterStrategy.NAME,
                prefix + "dead-letter-queue.topic", deadLetterTopic(topic, group),
                prefix + "dead-letter-queue.key.serializer", STRING_SERIALIZER,
                prefix + "dead-letter-queue.value.serializer", STRING_SERIALIZER,
                // a record retried through a database outage may wait unacknowledged for as long as the outage lasts:
                // that is by design (TransientRetry), not a stuck channel to report as unhealthy
                prefix + "throttled.unprocessed-record-max-age.ms", "-1"));
        return settings;
    }

    /** {@code <topic>.<consumer group>.dlq}: one dead-letter topic per consumer. */
    public static String deadLetterTopic(String topic, String group) {
        return topic + "." + group + ".dlq";
    }

    private static String valueOf(ConfigSourceContext context, String name) {
        var value = context.getValue(name);
        return value == null ? null : value.getValue();
    }
}
