package io.adeplatform.gateway.routing;

import io.adeplatform.gateway.web.GatewayProblems;
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

import java.util.concurrent.TimeoutException;

/**
 * Turns a failed call to a service into a problem answer: 504 when it timed out, 502 for anything else
 * (connection refused, reset, unknown host). Without it the proxy would answer a bare 502 for both.
 */
class UpstreamFailures implements ProxyInterceptor {

    private static final Logger LOG = Logger.getLogger(UpstreamFailures.class);

    private final Route route;
    private final ProblemWriter problems;

    UpstreamFailures(Route route, ProblemWriter problems) {
        this.route = route;
        this.problems = problems;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        return context.sendRequest().recover(failure -> {
            LOG.warnf("%s %s -> %s failed: %s", context.request().getMethod(), context.request().getURI(),
                    route.target(), failure.toString());
            ProblemException problem = isTimeout(failure)
                    ? GatewayProblems.upstreamTimeout(route.name(), route.timeout())
                    : GatewayProblems.upstreamUnavailable(route.name());
            ProxyResponse response = context.request().release().response()
                    .setStatusCode(problem.status())
                    .putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .setBody(Body.body(problems.body(problem, context.request().proxiedRequest().path())));
            return Future.succeededFuture(response);
        });
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
