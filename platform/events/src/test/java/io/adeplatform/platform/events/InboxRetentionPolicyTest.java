package io.adeplatform.platform.events;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class InboxRetentionPolicyTest {

    private static final Duration DAY = Duration.ofDays(1);

    @Test
    void rowsAreKeptAsLongAsTheirTopicPlusTheMarginAndForEverForAnUnlimitedTopic() {
        Map<String, Optional<Duration>> keep = InboxRetentionPolicy.keepFor(Map.of(
                "a.week.events", Optional.of(Duration.ofDays(7)),
                "a.year.events", Optional.of(Duration.ofDays(365)),
                "for.ever.events", Optional.empty()), DAY);
        assertThat(keep.get("a.week.events")).contains(Duration.ofDays(8));
        assertThat(keep.get("a.year.events")).contains(Duration.ofDays(366));
        assertThat(keep.get("for.ever.events")).isEmpty();
        assertThat(keep.get(InboxRetentionPolicy.NO_TOPIC)).as("rows without a topic: the longest, for ever").isEmpty();
    }

    @Test
    void rowsWithoutATopicAreKeptAsLongAsTheLongestKeptTopic() {
        Map<String, Optional<Duration>> keep = InboxRetentionPolicy.keepFor(Map.of(
                "a.week.events", Optional.of(Duration.ofDays(7)),
                "two.weeks.events", Optional.of(Duration.ofDays(14))), DAY);
        assertThat(keep.get(InboxRetentionPolicy.NO_TOPIC)).contains(Duration.ofDays(15));
    }

    @Test
    void withoutAnyConsumedTopicNothingIsDeleted() {
        assertThat(InboxRetentionPolicy.keepFor(Map.of(), DAY).get(InboxRetentionPolicy.NO_TOPIC)).isEmpty();
    }
}
