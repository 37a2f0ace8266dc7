package io.adeplatform.platform.persistence;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How long an Idempotency-Key is remembered, and how expired keys are purged ({@link IdempotencyKeyPurge}). */
@ConfigMapping(prefix = "ade.idempotency")
public interface IdempotencyConfig {

    /** After this, a key is unknown again: the same key runs as a new request (and its row is purged). */
    @WithDefault("24h")
    Duration keyTtl();

    /** How often expired keys are deleted (a scheduler interval such as 15m; IdempotencyKeyPurge's @Scheduled reads it). */
    @WithDefault("15m")
    String purgeEvery();

    /** Rows deleted per transaction, so a purge never holds many locks or one long transaction. */
    @WithDefault("1000")
    int purgeBatch();
}
