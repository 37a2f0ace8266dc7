package io.adeplatform.platform.security.tokens;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** How long a verified token's identity is kept, on a fixed clock. */
class TokenCacheLimitsTest {

    private static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");
    private static final TokenCacheLimits LIMITS =
            new TokenCacheLimits(Duration.ofMinutes(5), Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void keptUntilTheTokenExpires() {
        assertThat(LIMITS.keepFor(expiringAt(NOW.plusSeconds(90)))).isEqualTo(Duration.ofSeconds(90).toNanos());
    }

    @Test
    void neverLongerThanTheMaximumAge() {
        assertThat(LIMITS.keepFor(expiringAt(NOW.plus(Duration.ofHours(2))))).isEqualTo(Duration.ofMinutes(5).toNanos());
    }

    @Test
    void notKeptWhenAlreadyExpiredOrWithoutExpiry() {
        assertThat(LIMITS.keepFor(expiringAt(NOW.minusSeconds(1)))).isZero();
        assertThat(LIMITS.keepFor(expiringAt(NOW))).isZero();
        assertThat(LIMITS.keepFor(QuarkusSecurityIdentity.builder().setPrincipal(() -> "no-jwt").build())).isZero();
    }

    @Test
    void readingDoesNotExtendAnEntry() {
        assertThat(LIMITS.expireAfterRead("token", expiringAt(NOW.plusSeconds(90)), 0, 42)).isEqualTo(42);
    }

    private static SecurityIdentity expiringAt(Instant expiry) {
        JwtClaims claims = new JwtClaims();
        claims.setSubject("ada");
        claims.setExpirationTime(NumericDate.fromSeconds(expiry.getEpochSecond()));
        return QuarkusSecurityIdentity.builder().setPrincipal(new DefaultJWTCallerPrincipal(claims)).build();
    }
}
