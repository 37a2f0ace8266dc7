package io.adeplatform.gateway;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Real HTTP servers standing in for the services: each echoes what it received (method, path, query, body,
 * headers) as JSON, naming itself, so a test sees exactly what the gateway forwarded and to whom. Paths under
 * /api/slow are never answered. One route points at a port nobody listens on.
 */
public class UpstreamServers implements QuarkusTestResourceLifecycleManager {

    private Vertx vertx;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        Map<String, String> config = new HashMap<>();
        config.put("ade.gateway.routes.relationship.target", "http://localhost:" + echo("relationship"));
        config.put("ade.gateway.routes.billing.target", "http://localhost:" + echo("billing"));
        config.put("ade.gateway.routes.escalation.target", "http://localhost:" + closedPort());
        // a route that exists only here: adding a service takes configuration only
        config.put("ade.gateway.routes.slow.prefixes", "/api/slow");
        config.put("ade.gateway.routes.slow.target", "http://localhost:" + echo("slow"));
        config.put("ade.gateway.routes.slow.timeout", "500ms");
        return config;
    }

    private int echo(String name) {
        HttpServer server = vertx.createHttpServer().requestHandler(request -> {
            if (request.path().startsWith("/api/slow")) {
                return; // never answers: the gateway must time out
            }
            request.body().onSuccess(body -> request.response()
                    .putHeader("Content-Type", "application/json")
                    .putHeader("X-Correlation-Id", "set-by-the-service")
                    .setStatusCode(request.path().endsWith("/created") ? 201 : 200)
                    .end(describe(name, request, body.toString()).encode()));
        });
        try {
            return server.listen(0).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS).actualPort();
        } catch (Exception e) {
            throw new IllegalStateException("cannot start the " + name + " echo server", e);
        }
    }

    private static JsonObject describe(String name, HttpServerRequest request, String body) {
        JsonObject headers = new JsonObject();
        request.headers().names().forEach(header ->
                headers.put(header.toLowerCase(), String.join(", ", request.headers().getAll(header))));
        return new JsonObject()
                .put("server", name)
                .put("method", request.method().name())
                .put("path", request.path())
                .put("query", request.query())
                .put("body", body)
                .put("headers", headers);
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close().toCompletionStage().toCompletableFuture().join();
        }
    }
}
