package io.adeplatform.gateway.routing;

import io.adeplatform.gateway.limits.RouteBreakers;
import io.adeplatform.gateway.web.GatewayProblems;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.adeplatform.gateway.web.ProblemWriter;
import io.adeplatform.platform.http.Problem;
import io.adeplatform.platform.http.ProblemException;
import io.netty.channel.ConnectTimeoutException;
import io.vertx.core.Future;
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
