package io.adeplatform.gateway.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.adeplatform.platform.http.Problem;
import io.adeplatform.platform.http.ProblemException;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.UncheckedIOException;
import java.net.URI;

/**
 * Writes the platform's RFC 9457 problem documents from plain Vert.x handlers, where the JAX-RS exception
 * mappers of platform/http do not run, so gateway errors look exactly like the services' errors.
 */
@ApplicationScoped
public class ProblemWriter {

    @Inject
    ObjectMapper mapper;

    /** The problem document for this error, its instance being the request path. */
    public Buffer body(ProblemException error, String path) {
        Problem problem = error.toProblem();
        URI instance = instanceOf(path);
        try {
            return Buffer.buffer(mapper.writeValueAsBytes(instance == null ? problem : problem.withInstance(instance)));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Ends the exchange with the problem; any unread request body is drained, not forwarded. */
    public void send(RoutingContext ctx, ProblemException error) {
        send(ctx, error, ctx.request().path());
    }

    /** As above with another instance, or none ({@code null}), e.g. for a path too long to echo. */
    public void send(RoutingContext ctx, ProblemException error, String instance) {
        if (ctx.response().ended()) {
            return;
        }
        if (!ctx.request().isEnded()) {
            ctx.request().resume();
        }
        ctx.response()
                .setStatusCode(error.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(body(error, instance));
    }

    private static URI instanceOf(String path) {
        try {
            return path == null ? null : URI.create(path);
        } catch (IllegalArgumentException e) {
            return null; // a path a URI cannot hold is left out rather than failing the error answer
        }
    }
}
