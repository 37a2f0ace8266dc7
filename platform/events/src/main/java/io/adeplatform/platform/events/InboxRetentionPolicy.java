package io.adeplatform.platform.events;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How long inbox rows are kept: as long as their topic keeps events (so the topic can never redeliver an event whose
 * row is gone) plus a margin; for ever when the topic keeps events for ever. Rows without a topic (written before
 * the column existed) are kept as long as the longest-kept topic's.
 */
final class InboxRetentionPolicy {

    /** The key of rows without a topic. */
    static final String NO_TOPIC = "";

    private InboxRetentionPolicy() {
    }

    /**
     * Age after which a row of each topic (and of {@link #NO_TOPIC}) may go; an empty Optional means never.
     *
     * @param topicRetention each consumed topic's retention, empty when unlimited
     */
    static Map<String, Optional<Duration>> keepFor(Map<String, Optional<Duration>> topicRetention, Duration margin) {
        Map<String, Optional<Duration>> keep = new HashMap<>();
        Optional<Duration> longest = Optional.of(Duration.ZERO);
        for (Map.Entry<String, Optional<Duration>> topic : topicRetention.entrySet()) {
            Optional<Duration> kept = topic.getValue().map(retention -> retention.plus(margin));
            keep.put(topic.getKey(), kept);
            longest = longest.isEmpty() || kept.isEmpty() ? Optional.empty()
                    : Optional.of(kept.get().compareTo(longest.get()) > 0 ? kept.get() : longest.get());
        }
        keep.put(NO_TOPIC, topicRetention.isEmpty() ? Optional.empty() : longest);
        return keep;
    }
}
