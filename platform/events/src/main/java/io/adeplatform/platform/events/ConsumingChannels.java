package io.adeplatform.platform.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The service's consuming Kafka channels as configured (with {@link KafkaChannelConventions} applied): for each its
 * topic, consumer group and dead-letter topic. What dead-letter replay, metrics and inbox retention work on.
 */
@ApplicationScoped
public class ConsumingChannels {

    private static final Pattern INCOMING_TOPIC = Pattern.compile("mp\\.messaging\\.incoming\\.([^.]+)\\.topic");

    /** One consuming channel. */
    public record Channel(String name, String topic, String group, String deadLetterTopic) {
    }

    @Inject
    Config config;

    private volatile List<Channel> channels;

    public List<Channel> all() {
        if (channels == null) {
            List<Channel> found = new ArrayList<>();
            for (String property : config.getPropertyNames()) {
                Matcher m = INCOMING_TOPIC.matcher(property);
                if (m.matches() && "smallrye-kafka".equals(value(m.group(1), "connector"))
                        && value(m.group(1), "dead-letter-queue.topic") != null) {
                    found.add(new Channel(m.group(1), config.getValue(property, String.class),
                            value(m.group(1), "group.id"), value(m.group(1), "dead-letter-queue.topic")));
                }
            }
            found.sort((a, b) -> a.name().compareTo(b.name()));
            channels = List.copyOf(found);
        }
        return channels;
    }

    public Optional<Channel> byDeadLetterTopic(String deadLetterTopic) {
        return all().stream().filter(c -> c.deadLetterTopic().equals(deadLetterTopic)).findFirst();
    }

    private String value(String channel, String key) {
        return config.getOptionalValue("mp.messaging.incoming." + channel + "." + key, String.class).orElse(null);
    }
}
