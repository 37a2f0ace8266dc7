package io.adeplatform.gateway.limits;

import io.adeplatform.gateway.config.LimitsConfig;
import io.adeplatform.gateway.web.ProblemWriter;
import io.adeplatform.platform.http.ProblemException;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Map;

/**
 * 414 and 431 as problem documents. Vert.x's HTTP decoder answers a request line or headers over its limits itself,
 * before any route runs and with an empty body (Quarkus offers no hook for its invalid-request handler), so the
 * decoder's limits are set far above the gateway's and this handler, first on every path, applies the real ones.
 * Only a request beyond the decoder's own limits still gets the bare answer.
 */
@ApplicationScoped
public class RequestHeadLimits implements Handler<RoutingContext> {

    /** Bytes of a request line besides its target: "DELETE " + " HTTP/1.1\r\n". */
    private static final int REQUEST_LINE_OVERHEAD = 19;

    @Inject
    LimitsConfig limits;

    @Inject
    ProblemWriter problems;

    @ConfigProperty(name = "quarkus.http.limits.max-initial-line-length")
    int decoderLineLimit;

    @ConfigProperty(name = "quarkus.http.limits.max-header-size")
    MemorySize decoderHeaderLimit;

    void checkDecoderLimits(@Observes StartupEvent started) {
        if (limits.maxUriLength() + REQUEST_LINE_OVERHEAD > decoderLineLimit
                || limits.maxHeaderBytes() > decoderHeaderLimit.asLongValue()) {
            throw new IllegalStateException("quarkus.http.limits.max-initial-line-length / max-header-size must be above"
                    + " ade.gateway.limits.max-uri-length / max-header-bytes, or Vert.x answers those requests without a body");
        }
    }

    @Override
    public void handle(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        if (request.uri().length() > limits.maxUriLength()) {
            refuse(ctx, new ProblemException(414, "uri-too-long", "URI too long",
                    "the request path and query may be at most " + limits.maxUriLength() + " characters"));
        } else if (headerBytes(request) > limits.maxHeaderBytes()) {
            refuse(ctx, new ProblemException(431, "request-header-fields-too-large", "Request header fields too large",
                    "the request headers may be at most " + limits.maxHeaderBytes() + " bytes in all"));
        } else {
            ctx.next();
        }
    }

    private void refuse(RoutingContext ctx, ProblemException problem) {
        // a body may follow that nobody reads: do not take it as the next request on this connection
        ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
        problems.send(ctx, problem, null);
    }

    private static long headerBytes(HttpServerRequest request) {
        long total = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            total += header.getKey().length() + header.getValue().length() + 4; // ": " and CRLF
        }
        return total;
    }
}
