package io.adeplatform.gateway.limits;

import io.adeplatform.gateway.config.LimitsConfig;
import io.adeplatform.gateway.routing.Route;
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

/**
 * Refuses a declared body larger than the limit of its path with a 413 problem, before any byte is forwarded.
 * Bodies are streamed to the services, so their size must be declared: a chunked body without Content-Length is
 * refused with 411. Quarkus's own quarkus.http.limits.max-body-size only checks declared lengths too (with a bare
 * 413), so it must be at least the largest limit here; start-up fails otherwise.
 */
@ApplicationScoped
public class BodySizeLimit implements Handler<RoutingContext> {

    @Inject
    LimitsConfig limits;

    @Inject
    ProblemWriter problems;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize serverCap;

    void checkServerCap(@Observes StartupEvent started) {
        long largest = limits.largeBodies().values().stream()
                .mapToLong(LimitsConfig.LargeBody::maxBytes).reduce(limits.maxBodyBytes(), Math::max);
        if (largest > serverCap.asLongValue()) {
            throw new IllegalStateException("quarkus.http.limits.max-body-size (" + serverCap.asLongValue()
                    + " bytes) is below the gateway's largest body limit (" + largest + " bytes)");
        }
    }

    @Override
    public void handle(RoutingContext ctx) {
        String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null && bodyFollows(ctx.request())) {
            refuse(ctx, new ProblemException(411, "length-required", "Length required",
                    "request bodies must declare their size with Content-Length"));
            return;
        }
        long limit = limitFor(ctx.normalizedPath());
        if (length != null && declaredLength(length) > limit) {
            refuse(ctx, new ProblemException(413, "payload-too-large", "Payload too large",
                    "the request body may be at most " + limit + " bytes"));
            return;
        }
        ctx.next();
    }

    long limitFor(String path) {
        String longest = null;
        long limit = limits.maxBodyBytes();
        for (LimitsConfig.LargeBody large : limits.largeBodies().values()) {
            if (Route.covers(large.prefix(), path) && (longest == null || large.prefix().length() > longest.length())) {
                longest = large.prefix();
                limit = large.maxBytes();
            }
        }
        return limit;
    }

    private void refuse(RoutingContext ctx, ProblemException problem) {
        // the unread body would otherwise be taken as the next request on this connection
        ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
        problems.send(ctx, problem);
    }

    /** A body of unknown length is announced as chunked (the gateway speaks HTTP/1.1 only, see application.properties). */
    private static boolean bodyFollows(HttpServerRequest request) {
        return request.headers().contains(HttpHeaders.TRANSFER_ENCODING);
    }

    private static long declaredLength(String header) {
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE; // a length that is not a number is refused like an oversized one
        }
    }
}
