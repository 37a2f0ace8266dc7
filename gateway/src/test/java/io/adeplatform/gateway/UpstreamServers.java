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
        // Account 360: a dead portfolio, a consumption service that never answers
        config.put("ade.gateway.routes.portfolio.target", "http://localhost:" + closedPort());
        config.put("ade.gateway.routes.consumption.target", "http://localhost:" + echo("silent"));
        // a route only the circuit-breaker test uses, so its failures open no breaker another test relies on
        config.put("ade.gateway.routes.flaky.prefixes", "/api/flaky");
        config.put("ade.gateway.routes.flaky.target", "http://localhost:" + closedPort());
        // routes only the client-abort tests use (RouteBreakersTest), each with its own breaker
        config.put("ade.gateway.routes.aborted.prefixes", "/api/aborted");
        config.put("ade.gateway.routes.aborted.target", "http://localhost:" + echo("aborted"));
        config.put("ade.gateway.routes.patient.prefixes", "/api/patient");
        config.put("ade.gateway.routes.patient.target", "http://localhost:" + echo("patient"));
        config.put("ade.gateway.routes.patient.timeout", "500ms");
        config.put("ade.gateway.account360.budget", "3s");
        config.put("ade.gateway.account360.sections.escalations.route", "billing");
        config.put("ade.gateway.limits.large-bodies.imports.prefix", "/api/customers/imports");
        config.put("ade.gateway.limits.large-bodies.imports.max-bytes", "3145728");
        // a budget no test reaches by accident, even on a slow machine: 40 requests at once, then one per 2 s
        config.put("ade.gateway.limits.rate-limit.burst", "40");
        config.put("ade.gateway.limits.rate-limit.requests-per-second", "0.5");
        return config;
    }

    private int echo(String name) {
        HttpServer server = vertx.createHttpServer().requestHandler(request -> {
            if (request.path().startsWith("/api/slow") || name.equals("silent")) {
                return; // never answers: the gateway must time out
            }
            if (request.path().equals("/q/openapi")) {
                request.response().putHeader("Content-Type", "application/json").end(openApi(name).encode());
                return;
            }
            if (TokenClaims.username(request.getHeader("Authorization")).equals("mallory")) {
                request.response().setStatusCode(404).putHeader("Content-Type", "application/problem+json")
                        .end("{\"status\":404}"); // the services' answer to a non-member
                return;
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

    /** A small OpenAPI document per stand-in service: one path under its prefix, its own Problem schema. */
    private static JsonObject openApi(String name) {
        String prefix = name.equals("billing") ? "/api/contracts" : "/api/customers";
        JsonObject problemRef = new JsonObject().put("$ref", "#/components/schemas/Problem");
        JsonObject notFound = new JsonObject().put("content",
                new JsonObject().put("application/json", new JsonObject().put("schema", problemRef)));
        JsonObject get = new JsonObject().put("responses", new JsonObject().put("404", notFound));
        JsonObject paths = new JsonObject()
                .put(prefix + "/{id}", new JsonObject().put("get", get))
                .put("/q/internal", new JsonObject());
        JsonObject schemas = new JsonObject()
                .put("Problem", new JsonObject().put("type", "object").put("description", name + " problem"));
        return new JsonObject().put("openapi", "3.1.0").put("paths", paths)
                .put("components", new JsonObject().put("schemas", schemas));
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
