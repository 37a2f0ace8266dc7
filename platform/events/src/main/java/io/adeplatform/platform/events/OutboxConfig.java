package io.adeplatform.platform.events;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "ade.outbox")
public interface OutboxConfig {

    /** The producing service's domain ("relationship", "billing", …): first part of its topics and event types. */
    String domain();

    /** How long the relay waits for a NOTIFY before polling anyway. */
    Duration pollInterval();

    int batchSize();

    /** How long published rows are kept (for audit and replay) before the relay deletes them. */
    Duration retention();

    @WithDefault("true")
    boolean relayEnabled();
}
