package io.adeplatform.gateway.account360;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.adeplatform.gateway.config.Account360Config;
import io.adeplatform.gateway.limits.RouteBreakers;
import io.adeplatform.gateway.routing.Route;
import io.adeplatform.gateway.routing.RouteTable;
import io.adeplatform.gateway.routing.UpstreamProxies;
import io.adeplatform.gateway.web.CorrelationIds;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.vertx.core.Future;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Calls one service for one section with the caller's own token (so the service applies its own authorization),
 * through the same circuit breaker as the route; never fails: every outcome is a {@link SectionResult}.
 */
@ApplicationScoped
public class SectionFetcher {

    @Inject
    RouteTable table;

    @Inject
    UpstreamProxies proxies;

    @Inject
    RouteBreakers breakers;

    @Inject
    ObjectMapper mapper;

    public Future<SectionResult> fetch(Account360Config.Section section, String customerId, String authorization,
                                       String correlationId, Duration budget) {
        return fetch(section.route(), section.path().replace("{customerId}", customerId), authorization, correlationId, budget);
    }

    /** GET {@code uri} (path and query) on the named route's service; also used by the status packs' composer. */
    public Future<SectionResult> fetch(String routeName, String uri, String authorization, String correlationId,
                                       Duration budget) {
        Route route = table.routes().stream().filter(r -> r.name().equals(routeName)).findFirst().orElse(null);
        if (route == null) {
            return Future.succeededFuture(SectionResult.unavailable("no route named " + routeName));
        }
        CircuitBreaker breaker = breakers.of(route.name());
        if (!breaker.tryAcquirePermission()) {
            return Future.succeededFuture(SectionResult.unavailable("the " + route.name() + " service is failing; paused"));
        }
        long start = System.nanoTime();
        RequestOptions request = new RequestOptions()
                .setMethod(HttpMethod.GET)
                .setHost(route.target().getHost())
                .setPort(route.port())
                .setSsl(route.https())
                .setURI(uri)
                .setConnectTimeout(budget.toMillis())
                .setIdleTimeout(budget.toMillis())
                .putHeader(HttpHeaders.AUTHORIZATION, authorization)
                .putHeader(HttpHeaders.ACCEPT, "application/json")
                .putHeader(CorrelationIds.HEADER, correlationId);
        return proxies.client().request(request)
                .compose(outgoing -> outgoing.send())
                .compose(response -> response.body().map(body -> read(response, body.toString())))
                .map(result -> {
                    long elapsed = System.nanoTime() - start;
                    if (RouteBreakers.isServiceFailure(result.httpStatus())) {
                        breaker.onError(elapsed, TimeUnit.NANOSECONDS, new IllegalStateException("status " + result.httpStatus()));
                    } else {
                        breaker.onSuccess(elapsed, TimeUnit.NANOSECONDS);
                    }
                    return result;
                })
                .recover(failure -> {
                    breaker.onError(System.nanoTime() - start, TimeUnit.NANOSECONDS, failure);
                    return Future.succeededFuture(SectionResult.unavailable("the " + route.name() + " service cannot be reached"));
                });
    }

    private SectionResult read(HttpClientResponse response, String body) {
        Object data;
        try {
            data = body.isBlank() ? null : mapper.readTree(body);
        } catch (Exception notJson) {
            data = null;
        }
        return SectionResult.answered(response.statusCode(), data);
    }
}
