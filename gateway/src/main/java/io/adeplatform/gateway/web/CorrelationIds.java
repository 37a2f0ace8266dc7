package io.adeplatform.gateway.web;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Gives every request a correlation id: the client's when it is sane, a new UUID otherwise. The id is kept in
 * the request's own header, so the proxy forwards it like any other, and is echoed on every response, errors
 * included.
 */
public class CorrelationIds implements Handler<RoutingContext> {

    public static final String HEADER = "X-Correlation-Id";

    // bounded and log-safe: no spaces, separators or control characters can reach logs or other services
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    @Override
    public void handle(RoutingContext ctx) {
        String id = accept(ctx.request().getHeader(HEADER));
        ctx.request().headers().set(HEADER, id);
        // set last, just before the headers go out, so an upstream's own value cannot duplicate or replace it
        ctx.addHeadersEndHandler(v -> ctx.response().headers().set(HEADER, id));
        ctx.next();
    }

    static String accept(String candidate) {
        return candidate != null && SANE.matcher(candidate).matches() ? candidate : UUID.randomUUID().toString();
    }
}
