package io.adeplatform.gateway.routing;

import io.adeplatform.gateway.limits.RouteBreakers;
import io.adeplatform.gateway.web.GatewayProblems;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.adeplatform.gateway.web.ProblemWriter;
import io.adeplatform.platform.http.Problem;
import io.adeplatform.platform.http.ProblemException;
import io.netty.channel.ConnectTimeoutException;
import io.vertx.core.Future;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import org.jboss.logging.Logger;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Turns a failed call to a service into a problem answer: 504 when it timed out, 502 for anything else
 * (connection refused, reset, unknown host). Without it the proxy would answer a bare 502 for both.
 * Only the service's failures count against the route's breaker: a client that closed its connection (an abort) or
 * did not send its declared body in time (answered 408) says nothing about the service, so those calls are released
 * without being recorded; otherwise a few impatient clients could open the breaker for everyone.
 */
class UpstreamFailures implements ProxyInterceptor {

    private static final Logger LOG = Logger.getLogger(UpstreamFailures.class);

    private final Route route;
    private final ProblemWriter problems;
    private final CircuitBreaker breaker;
    private final long retryAfterSeconds;

    UpstreamFailures(Route route, ProblemWriter problems, CircuitBreaker breaker, long retryAfterSeconds) {
        this.route = route;
        this.problems = problems;
        this.breaker = breaker;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        if (!breaker.tryAcquirePermission()) {
            ProxyResponse open = answer(context, GatewayProblems.circuitOpen(route.name()));
            open.putHeader("Retry-After", Long.toString(retryAfterSeconds));
            return Future.succeededFuture(open);
        }
        long start = System.nanoTime();
        return context.sendRequest().map(response -> {
            long elapsed = System.nanoTime() - start;
            if (RouteBreakers.isServiceFailure(response.getStatusCode())) {
                breaker.onError(elapsed, TimeUnit.NANOSECONDS,
                        new IllegalStateException("status " + response.getStatusCode()));
            } else {
                breaker.onSuccess(elapsed, TimeUnit.NANOSECONDS);
            }
            return response;
        }).recover(failure -> {
            HttpServerRequest incoming = context.request().proxiedRequest();
            if (incoming.response().closed()) {
                breaker.releasePermission();
                LOG.debugf("%s %s: the client closed the connection", context.request().getMethod(), context.request().getURI());
                return Future.failedFuture(failure); // nobody left to answer
            }
            if (isTimeout(failure) && !incoming.isEnded()) {
                breaker.releasePermission();
                ProxyResponse slowClient = answer(context, GatewayProblems.clientTooSlow(route.timeout()));
                slowClient.putHeader("Connection", "close"); // the rest of that body is not a next request
                return Future.succeededFuture(slowClient);
            }
            breaker.onError(System.nanoTime() - start, TimeUnit.NANOSECONDS, failure);
            LOG.warnf("%s %s -> %s failed: %s", context.request().getMethod(), context.request().getURI(),
                    route.target(), failure.toString());
            ProblemException problem = isTimeout(failure)
                    ? GatewayProblems.upstreamTimeout(route.name(), route.timeout())
                    : GatewayProblems.upstreamUnavailable(route.name());
            return Future.succeededFuture(answer(context, problem));
        });
    }

    private ProxyResponse answer(ProxyContext context, ProblemException problem) {
        return context.request().release().response()
                .setStatusCode(problem.status())
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .setBody(Body.body(problems.body(problem, context.request().proxiedRequest().path())));
    }

    static boolean isTimeout(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof TimeoutException || t instanceof ConnectTimeoutException) {
                return true;
            }
        }
        return false;
    }
}
