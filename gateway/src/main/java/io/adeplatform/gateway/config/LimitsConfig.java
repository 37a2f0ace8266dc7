package io.adeplatform.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Map;

/** Resource-consumption limits of the gateway (OWASP API4): body size, per-user rate, per-route circuit breakers. */
@ConfigMapping(prefix = "ade.gateway.limits")
public interface LimitsConfig {

    /**
     * Longest request target (path and query) accepted, in characters; longer ones get a 414 problem. Vert.x's own
     * decoder limit ({@code quarkus.http.limits.max-initial-line-length}) is set well above it, so these requests
     * reach the gateway's router instead of being answered by the decoder without a body.
     */
    @WithDefault("4096")
    int maxUriLength();

    /** Largest total size of the request headers (names, values, separators), in bytes; larger ones get 431. */
    @WithDefault("20480")
    int maxHeaderBytes();

    /** Largest request body accepted, in bytes; larger ones get a 413 problem before reaching a service. */
    @WithDefault("1048576")
    long maxBodyBytes();

    /**
     * Larger limits for named path prefixes, e.g. bulk uploads: {@code ade.gateway.limits.large-bodies.<name>.prefix}
     * and {@code .max-bytes}. The longest matching prefix wins; other paths keep {@link #maxBodyBytes()}.
     */
    Map<String, LargeBody> largeBodies();

    interface LargeBody {

        /** A path prefix like {@code /api/consumption/usage}; it covers itself and its sub-paths. */
        String prefix();

        long maxBytes();
    }

    RateLimit rateLimit();

    CircuitBreaker circuitBreaker();

    interface RateLimit {

        /**
         * Requests one user may make per second, sustained: the rate the user's budget refills at (a token bucket,
         * UserRateLimit). Past the budget, 429 with Retry-After.
         */
        @WithDefault("50")
        double requestsPerSecond();

        /**
         * Requests one user may make at once, e.g. a front-end page that fans out: the budget's size. Never less
         * than one second's worth of {@link #requestsPerSecond()}.
         */
        @WithDefault("200")
        int burst();
    }

    interface CircuitBreaker {

        /** Share of failed calls (connection refused, timeouts, 502/503/504) that opens a route's breaker. */
        @WithDefault("50")
        float failureRatePercent();

        /** How many recent calls the failure rate is taken over, and the fewest before it is judged. */
        @WithDefault("10")
        int window();

        @WithDefault("5")
        int minimumCalls();

        /** How long an open breaker answers 503 at once before letting trial calls through. */
        @WithDefault("15s")
        Duration openFor();
    }
}
