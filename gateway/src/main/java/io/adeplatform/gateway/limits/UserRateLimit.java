package io.adeplatform.gateway.limits;

import io.adeplatform.gateway.config.LimitsConfig;
import io.adeplatform.gateway.security.BearerTokenGuard;
import io.adeplatform.gateway.web.ProblemWriter;
import io.adeplatform.platform.http.ProblemException;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A request budget per user (the token's subject), so one client cannot starve the others: a burst a front-end page
 * may spend at once and a sustained rate it refills at ({@link TokenBucket}); past it the gateway answers 429 with
 * Retry-After. Runs after the token check, so the user is known.
 */
@ApplicationScoped
public class UserRateLimit implements Handler<RoutingContext> {

    private static final long SWEEP_EVERY_MS = 60_000;

    @Inject
    LimitsConfig limits;

    @Inject
    ProblemWriter problems;

    @Inject
    Vertx vertx;

    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();
    private int burst;
    private double perSecond;
    private long sweeper;

    @PostConstruct
    void init() {
        perSecond = limits.rateLimit().requestsPerSecond();
        // never less than one second's worth, so a high sustained rate (the test suites lift it) is not capped lower
        burst = Math.max(limits.rateLimit().burst(), (int) Math.ceil(perSecond));
        // a bucket that has filled up again is the same as none: forget it, so the map holds only recent users
        sweeper = vertx.setPeriodic(SWEEP_EVERY_MS, id -> {
            long now = System.nanoTime();
            buckets.values().removeIf(bucket -> bucket.isFull(now));
        });
    }

    @PreDestroy
    void stop() {
        vertx.cancelTimer(sweeper);
    }

    @Override
    public void handle(RoutingContext ctx) {
        long now = System.nanoTime();
        TokenBucket bucket = buckets.computeIfAbsent(userOf(ctx), user -> new TokenBucket(burst, perSecond, now));
        if (bucket.tryTake(now)) {
            ctx.next();
            return;
        }
        // Retry-After is in whole seconds, at least 1
        long retryAfter = Math.max(1, (long) Math.ceil(bucket.nanosUntilNext(now) / 1_000_000_000.0));
        ctx.response().putHeader("Retry-After", Long.toString(retryAfter));
        problems.send(ctx, new ProblemException(429, "too-many-requests", "Too many requests",
                "at most " + burst + " requests at once and " + perSecond + " per second after that per user; "
                        + "retry after " + retryAfter + " s"));
    }

    private static String userOf(RoutingContext ctx) {
        SecurityIdentity identity = ctx.get(BearerTokenGuard.IDENTITY);
        if (identity != null && identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getSubject() != null) {
            return jwt.getSubject();
        }
        return identity == null ? "anonymous" : identity.getPrincipal().getName();
    }
}
