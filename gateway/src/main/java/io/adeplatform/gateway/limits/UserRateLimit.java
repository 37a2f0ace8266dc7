package io.adeplatform.gateway.limits;

import io.adeplatform.gateway.config.LimitsConfig;
import io.adeplatform.gateway.web.ProblemWriter;
import io.adeplatform.platform.http.ProblemException;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.ratelimiter.internal.AtomicRateLimiter;
import io.quarkus.security.identity.SecurityIdentity;
import io.adeplatform.gateway.security.BearerTokenGuard;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.time.Duration;

/**
 * A request budget per user (the token's subject), so one client cannot starve the others: past the budget of a
 * period the gateway answers 429 with Retry-After. Runs after the token check, so the user is known.
 */
@ApplicationScoped
public class UserRateLimit implements Handler<RoutingContext> {

    @Inject
    LimitsConfig limits;

    @Inject
    ProblemWriter problems;

    private RateLimiterRegistry registry;

    @PostConstruct
    void init() {
        registry = RateLimiterRegistry.of(RateLimiterConfig.custom()
                .limitForPeriod(limits.rateLimit().requests())
                .limitRefreshPeriod(limits.rateLimit().period())
                .timeoutDuration(Duration.ZERO)
                .build());
    }

    @Override
    public void handle(RoutingContext ctx) {
        RateLimiter limiter = registry.rateLimiter(userOf(ctx));
        if (limiter.acquirePermission()) {
            ctx.next();
            return;
        }
        long retryAfter = secondsUntilRefill(limiter);
        ctx.response().putHeader("Retry-After", Long.toString(retryAfter));
        problems.send(ctx, new ProblemException(429, "too-many-requests", "Too many requests",
                "at most " + limits.rateLimit().requests() + " requests per " + limits.rateLimit().period().toMillis()
                        + " ms per user; retry after " + retryAfter + " s"));
    }

    /** When the user's next permit arrives, in whole seconds (at least 1), as Retry-After wants it. */
    private long secondsUntilRefill(RateLimiter limiter) {
        long nanos = limiter instanceof AtomicRateLimiter atomic
                ? atomic.getDetailedMetrics().getNanosToWait()
                : limits.rateLimit().period().toNanos();
        return Math.max(1, (long) Math.ceil(nanos / 1_000_000_000.0));
    }

    private static String userOf(RoutingContext ctx) {
        SecurityIdentity identity = ctx.get(BearerTokenGuard.IDENTITY);
        if (identity != null && identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getSubject() != null) {
            return jwt.getSubject();
        }
        return identity == null ? "anonymous" : identity.getPrincipal().getName();
    }
}
