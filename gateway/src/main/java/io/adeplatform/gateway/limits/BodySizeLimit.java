package io.adeplatform.gateway.limits;

import io.adeplatform.gateway.config.LimitsConfig;
import io.adeplatform.gateway.web.ProblemWriter;
import io.adeplatform.platform.http.ProblemException;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Refuses a declared body larger than the limit with a 413 problem, before any byte is forwarded. A chunked body
 * without a length is capped by Quarkus's own quarkus.http.limits.max-body-size, set to the same value.
 */
@ApplicationScoped
public class BodySizeLimit implements Handler<RoutingContext> {

    @Inject
    LimitsConfig limits;

    @Inject
    ProblemWriter problems;

    @Override
    public void handle(RoutingContext ctx) {
        String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && declaredLength(length) > limits.maxBodyBytes()) {
            ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
            problems.send(ctx, new ProblemException(413, "payload-too-large", "Payload too large",
                    "the request body may be at most " + limits.maxBodyBytes() + " bytes"));
            return;
        }
        ctx.next();
    }

    private static long declaredLength(String header) {
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE; // a length that is not a number is refused like an oversized one
        }
    }
}
