package io.adeplatform.gateway.statuspack;

import io.adeplatform.gateway.account360.SectionResult;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Composes a pack with the given token and renders it off the event loop (PDFBox blocks), for the endpoints and the cadence. */
@ApplicationScoped
public class StatusPackPrinter {

    @Inject
    StatusPackComposer composer;

    @Inject
    StatusPackRenderer renderer;

    @Inject
    Vertx vertx;

    /** The PDF, or the owning service's 404 for a customer (or engagement) the token's holder may not see. */
    public record Printed(byte[] pdf, SectionResult notFound) {
    }

    public Future<Printed> print(PackRequest request, String authorization, String correlationId) {
        return composer.compose(request, authorization, correlationId).compose(composed -> composed.notFound() != null
                ? Future.succeededFuture(new Printed(null, composed.notFound()))
                : vertx.executeBlocking(() -> new Printed(renderer.render(composed.pack()), null), false));
    }
}
