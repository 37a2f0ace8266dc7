package io.adeplatform.platform.events;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How long inbox rows are kept beyond their topic's retention, and how they are purged ({@link InboxRetention}). */
@ConfigMapping(prefix = "ade.inbox")
public interface InboxConfig {

    /**
     * Kept this long beyond the topic's own retention (the broker's {@code retention.ms}, read at each run): a consumer
     * that falls behind or a group reset to the earliest offset can redeliver nothing older than the topic keeps.
     */
    @WithDefault("1D")
    Duration retentionMargin();

    /** How often old rows are deleted (a scheduler interval; InboxRetention's @Scheduled reads it). */
    @WithDefault("1h")
    String purgeEvery();

    /** Rows deleted per transaction. */
    @WithDefault("1000")
    int purgeBatch();
}
