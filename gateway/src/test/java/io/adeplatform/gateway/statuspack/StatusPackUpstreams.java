package io.adeplatform.gateway.statuspack;

import io.adeplatform.platform.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static io.adeplatform.gateway.statuspack.FakeData.CUSTOMER;
import static io.adeplatform.gateway.statuspack.FakeData.DEGRADED;
import static io.adeplatform.gateway.statuspack.FakeData.MIGRATION;

/**
 * Real HTTP servers standing in for the services a status pack reads, a Keycloak token endpoint for the reporter's
 * client credentials, and the archive and cadence to-do of relationship-service. What the archive and the token
 * endpoint received is readable at {@code GET /recorded} on the relationship stand-in ({@code ade.test.relationship}).
 * The cadence scheduler runs every second against them.
 */
public class StatusPackUpstreams implements QuarkusTestResourceLifecycleManager {

    private Vertx vertx;
    private final JsonArray kept = new JsonArray();
    private final JsonArray tokenRequests = new JsonArray();
    private final JsonArray dueRequests = new JsonArray();
    private final AtomicInteger steeringAttempts = new AtomicInteger();

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        Map<String, String> config = new HashMap<>();
        String relationship = "http://localhost:" + serve(this::relationship);
        config.put("ade.test.relationship", relationship);
        config.put("ade.gateway.routes.relationship.target", relationship);
        config.put("ade.gateway.routes.portfolio.target", "http://localhost:" + serve(StatusPackUpstreams::portfolio));
        config.put("ade.gateway.routes.consumption.target", "http://localhost:" + serve(StatusPackUpstreams::consumption));
        config.put("ade.gateway.routes.escalation.target", "http://localhost:" + serve(StatusPackUpstreams::escalation));
        config.put("quarkus.oidc-client.reporter.auth-server-url", relationship + "/realms/ade");
        config.put("quarkus.oidc-client.reporter.token-path", relationship + "/realms/ade/protocol/openid-connect/token");
        config.put("ade.gateway.status-pack.budget", "2s");
        config.put("ade.gateway.status-pack.cadence.enabled", "true");
        config.put("ade.gateway.status-pack.cadence.every", "1s");
        // the degraded customer's failures must not open a breaker the other tests rely on
        config.put("ade.gateway.limits.circuit-breaker.failure-rate-percent", "100");
        config.put("ade.gateway.limits.circuit-breaker.minimum-calls", "10");
        return config;
    }

    private void relationship(HttpServerRequest request) {
        String path = request.path();
        if (path.equals("/recorded")) {
            json(request, 200, new JsonObject().put("kept", kept.copy()).put("tokenRequests", tokenRequests.copy())
                    .put("dueRequests", dueRequests.copy()));
        } else if (path.endsWith("/protocol/openid-connect/token")) {
            request.body().onSuccess(body -> {
                tokenRequests.add(new JsonObject().put("authorization", request.getHeader("Authorization")).put("form", body.toString()));
                json(request, 200, new JsonObject().put("access_token", TestTokens.token("service-account-ade-reporter", "reporter"))
                        .put("token_type", "Bearer").put("expires_in", 300));
            });
        } else if (path.equals("/api/cadence/due")) {
            dueRequests.add(new JsonObject().put("query", request.query()).put("authorization", request.getHeader("Authorization")));
            JsonArray items = new JsonArray()
                    .add(due("qbr", null, "2026-01-01"))
                    .add(due("steering-committee", MIGRATION, request.getParam("from")));
            json(request, 200, FakeData.page(items));
        } else if (path.endsWith("/status-packs") && request.method().name().equals("POST")) {
            keep(request);
        } else if (isMallory(request)) {
            json(request, 404, new JsonObject().put("type", "https://adeplatform.io/problems/not-found").put("title", "Not found")
                    .put("status", 404).put("detail", "customer not found (from relationship)"));
        } else if (path.endsWith("/health")) {
            json(request, 200, FakeData.health(segment(path, 3)));
        } else {
            json(request, 200, FakeData.customer(segment(path, 3)));
        }
    }

    private void keep(HttpServerRequest request) {
        request.body().onSuccess(body -> {
            boolean steering = "steering-committee".equals(request.getParam("cadenceKind"));
            if (steering && steeringAttempts.getAndIncrement() == 0) {
                json(request, 503, new JsonObject().put("status", 503)); // the first try fails: the next round retries
                return;
            }
            String id = UUID.randomUUID().toString();
            JsonObject record = new JsonObject().put("path", request.path()).put("query", request.query())
                    .put("authorization", request.getHeader("Authorization"))
                    .put("contentType", request.getHeader("Content-Type"))
                    .put("start", body.length() >= 5 ? body.getString(0, 5) : "").put("size", body.length());
            kept.add(record);
            request.response().putHeader("Location", request.path() + "/" + id);
            json(request, 201, new JsonObject().put("id", id).put("customerId", segment(request.path(), 3))
                    .put("asOf", request.getParam("asOf")).put("trigger", request.getParam("trigger"))
                    .put("generatedBy", request.getParam("requestedBy")).put("sizeBytes", body.length()));
        });
    }

    private static void portfolio(HttpServerRequest request) {
        String path = request.path();
        if (path.equals("/api/engagements")) {
            String customer = request.getParam("customerId");
            json(request, 200, FakeData.page(customer.equals(CUSTOMER) || customer.equals(DEGRADED)
                    ? new JsonArray().add(FakeData.engagement(FakeData.PLATFORM)).add(FakeData.engagement(MIGRATION)) : new JsonArray()));
            return;
        }
        String id = segment(path, 3);
        if (isMallory(request) || !id.startsWith("aaaaaaaa")) {
            json(request, 404, new JsonObject().put("status", 404).put("title", "Not found"));
        } else if (path.endsWith("/health")) {
            json(request, 200, FakeData.engagementHealth(id));
        } else if (path.endsWith("/milestones")) {
            json(request, 200, FakeData.page(FakeData.milestones(id)));
        } else if (path.endsWith("/raid")) {
            json(request, 200, FakeData.page(FakeData.raid(request.getParam("type"))));
        } else if (path.endsWith("/financials")) {
            json(request, 200, FakeData.financials(request.getParam("asOf")));
        } else if (path.endsWith("/resource-requests")) {
            json(request, 200, FakeData.page(FakeData.staffing(id)));
        } else {
            json(request, 200, FakeData.engagement(id));
        }
    }

    private static void consumption(HttpServerRequest request) {
        if (request.path().contains(DEGRADED)) {
            return; // never answers: the section is late
        }
        json(request, 200, FakeData.consumption(segment(request.path(), 4)));
    }

    private static void escalation(HttpServerRequest request) {
        if (DEGRADED.equals(request.getParam("customerId"))) {
            json(request, 503, new JsonObject().put("status", 503));
        } else if (request.path().endsWith("/sla")) {
            json(request, 200, FakeData.sla(segment(request.path(), 3)));
        } else {
            json(request, 200, FakeData.page(FakeData.escalations()));
        }
    }

    private static JsonObject due(String kind, String engagementId, String nextDue) {
        return new JsonObject().put("customerId", CUSTOMER).put("customerName", "Contoso Steering AG").put("kind", kind)
                .put("engagementId", engagementId).put("intervalDays", 90).put("lastHeld", null)
                .put("nextDue", nextDue).put("overdue", false).put("daysOverdue", 0);
    }

    private static boolean isMallory(HttpServerRequest request) {
        String authorization = request.getHeader("Authorization");
        return authorization != null && io.adeplatform.gateway.TokenClaims.username(authorization).equals("mallory");
    }

    private static String segment(String path, int index) {
        String[] parts = path.split("/");
        return parts.length > index ? parts[index] : "";
    }

    private static void json(HttpServerRequest request, int status, JsonObject body) {
        request.response().setStatusCode(status).putHeader("Content-Type", "application/json").end(body.encode());
    }

    private int serve(Handler<HttpServerRequest> handler) {
        try {
            return vertx.createHttpServer().requestHandler(handler).listen(0)
                    .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS).actualPort();
        } catch (Exception e) {
            throw new IllegalStateException("cannot start a stand-in service", e);
        }
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close().toCompletionStage().toCompletableFuture().join();
        }
    }
}
