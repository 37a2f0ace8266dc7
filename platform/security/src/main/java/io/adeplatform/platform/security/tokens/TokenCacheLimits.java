package io.adeplatform.platform.security.tokens;

import com.github.benmanes.caffeine.cache.Expiry;
import io.quarkus.security.identity.SecurityIdentity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * How long a verified token's identity is kept: until the token expires, and never longer than {@code maxAge} after
 * it was verified. Reading an entry does not extend it.
 */
final class TokenCacheLimits implements Expiry<String, SecurityIdentity> {

    private final Duration maxAge;
    private final Clock clock;

    TokenCacheLimits(Duration maxAge) {
        this(maxAge, Clock.systemUTC());
    }

    TokenCacheLimits(Duration maxAge, Clock clock) {
        this.maxAge = maxAge;
        this.clock = clock;
    }

    /** Nanoseconds to keep the identity from now: zero (gone at once) for a token without expiry or already expired. */
    long keepFor(SecurityIdentity identity) {
        Instant now = clock.instant();
        Duration left = VerifiedTokens.expiryOf(identity).filter(now::isBefore)
                .map(expiry -> Duration.between(now, expiry)).orElse(Duration.ZERO);
        return (left.compareTo(maxAge) < 0 ? left : maxAge).toNanos();
    }

    @Override
    public long expireAfterCreate(String token, SecurityIdentity identity, long currentTime) {
        return keepFor(identity);
    }

    @Override
    public long expireAfterUpdate(String token, SecurityIdentity identity, long currentTime, long currentDuration) {
        return keepFor(identity);
    }

    @Override
    public long expireAfterRead(String token, SecurityIdentity identity, long currentTime, long currentDuration) {
        return currentDuration;
    }
}
