package io.adeplatform.gateway.limits;

import io.adeplatform.gateway.config.LimitsConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * One circuit breaker per route: when a service keeps failing, calls to it are answered 503 at once for a while,
 * instead of each waiting for a timeout and tying up the gateway; the other routes are untouched.
 */
@ApplicationScoped
public class RouteBreakers {

    @Inject
    LimitsConfig limits;

    private CircuitBreakerRegistry registry;

    @PostConstruct
    void init() {
        LimitsConfig.CircuitBreaker settings = limits.circuitBreaker();
        registry = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(settings.window())
                .minimumNumberOfCalls(settings.minimumCalls())
                .failureRateThreshold(settings.failureRatePercent())
                .waitDurationInOpenState(settings.openFor())
                .permittedNumberOfCallsInHalfOpenState(1)
                .automaticTransitionFromOpenToHalfOpenEnabled(false)
                .build());
    }

    public CircuitBreaker of(String route) {
        return registry.circuitBreaker(route);
    }

    public long retryAfterSeconds() {
        return Math.max(1, limits.circuitBreaker().openFor().toSeconds());
    }

    /** Whether an upstream answer counts against the service's health (not its callers' mistakes). */
    public static boolean isServiceFailure(int status) {
        return status == 502 || status == 503 || status == 504;
    }
}
