package io.adeplatform.gateway;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * A stand-in OTLP/HTTP collector: accepts every export, remembers what arrived, and points the
 * gateway at itself through {@code ADE_OTLP_ENDPOINT}, as an operator would.
 */
public class FakeOtlpCollector implements QuarkusTestResourceLifecycleManager {

    /** One received export: the request path and its protobuf body. */
    public record Export(String path, byte[] body) {

        /** Whether the body holds this trace id (protobuf keeps ids as their 16 raw bytes). */
        boolean mentions(String traceId) {
            byte[] id = java.util.HexFormat.of().parseHex(traceId);
            for (int start = 0; start + id.length <= body.length; start++) {
                if (java.util.Arrays.equals(body, start, start + id.length, id, 0, id.length)) {
                    return true;
                }
            }
            return false;
        }
    }

    static final List<Export> EXPORTS = new CopyOnWriteArrayList<>();

    private Vertx vertx;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        try {
            int port = vertx.createHttpServer()
                    .requestHandler(request -> request.body().onSuccess(body -> {
                        EXPORTS.add(new Export(request.path(), body.getBytes()));
                        request.response().putHeader("Content-Type", "application/x-protobuf").end();
                    }))
                    .listen(0).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS).actualPort();
            return Map.of(
                    "ADE_OTLP_ENDPOINT", "http://localhost:" + port,
                    "quarkus.otel.exporter.otlp.traces.protocol", "http/protobuf",
                    "quarkus.otel.bsp.schedule.delay", "200ms");
        } catch (Exception e) {
            throw new IllegalStateException("cannot start the fake OTLP collector", e);
        }
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close().toCompletionStage().toCompletableFuture().join();
        }
    }
}
