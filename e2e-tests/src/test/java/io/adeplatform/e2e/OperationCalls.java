package io.adeplatform.e2e;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static io.adeplatform.e2e.DemoCaller.ADMIN;
import static io.adeplatform.e2e.DemoCaller.EXECUTIVE;

/**
 * Sends one operation of a document as one caller, for the fixtures of one customer: path parameters from the
 * fixtures, a valid body, {@code customerId} for lists that filter by it, a fresh Idempotency-Key, and the current
 * ETag as If-Match where the operation takes one (read as admin from the nearest enclosing resource that has one).
 */
final class OperationCalls {

    private final RunningPlatform platform;
    private final GatewayClient api;

    OperationCalls(RunningPlatform platform) {
        this.platform = platform;
        this.api = new GatewayClient(platform);
    }

    GatewayClient api() {
        return api;
    }

    /** Through the gateway, as caller (null: no token). */
    Response call(ApiOperation operation, DemoCaller caller, CustomerFixtures fixtures) {
        return send(operation, caller == null ? api.anonymous() : api.as(caller), fixtures, fixtures.resolve(operation.path()),
                Optional.empty());
    }

    /** As {@link #call} with one extra property added to the JSON body (mass assignment). */
    Response callWithExtraProperty(ApiOperation operation, DemoCaller caller, CustomerFixtures fixtures, String name, Object value) {
        return send(operation, api.as(caller), fixtures, fixtures.resolve(operation.path()), Optional.of(Map.entry(name, value)));
    }

    /**
     * A member's call that must not spoil the shared fixtures for the operations after it: archiving gets a customer
     * of its own, and removing the throw-away team member first puts it back.
     */
    Response callAsMember(ApiOperation operation, DemoCaller caller, CustomerFixtures fixtures) {
        String path = fixtures.resolve(operation.path());
        if (operation.key().equals("POST /api/customers/{id}/transitions")) { // archives it
            String own = api.createId(EXECUTIVE, "/api/customers",
                    Map.of("name", "Matrix archive " + UUID.randomUUID(), "segment", "city"));
            path = path.replace(fixtures.id("customer"), own);
        }
        if (operation.method().equals("DELETE") && operation.path().endsWith("/account-team/{username}")) {
            restoreTempMember(fixtures);
        }
        if (operation.key().equals("DELETE /api/customers/{customerId}/account-plan/opportunities/{id}")) {
            // each allowed caller removes an open opportunity of its own, not the fixture the other operations use
            String own = api.createId(EXECUTIVE, "/api/customers/" + fixtures.id("customer") + "/account-plan/opportunities",
                    Map.of("name", "Matrix removal " + UUID.randomUUID(), "estimatedValue", MatrixFixtures.money(1000),
                            "expectedCloseDate", LocalDate.now().plusDays(90).toString()));
            path = path.replace(fixtures.id("opportunity"), own);
        }
        return send(operation, api.as(caller), fixtures, path, Optional.empty());
    }

    /** Puts the throw-away team member back (a removal earlier may have taken it); 409 when it is still there. */
    void restoreTempMember(CustomerFixtures fixtures) {
        api.as(EXECUTIVE).contentType("application/json")
                .body(Map.of("username", MatrixFixtures.TEMP_MEMBER, "role", "viewer"))
                .post("/api/customers/" + fixtures.id("customer") + "/account-team");
    }

    /** Straight to the service, bypassing the gateway, without a token: the services validate tokens themselves. */
    Response callServiceWithoutToken(ApiOperation operation, CustomerFixtures fixtures) {
        String url = platform.serviceUrls().get(operation.service());
        return send(operation, io.restassured.RestAssured.given().baseUri(url).urlEncodingEnabled(false), fixtures,
                fixtures.resolve(operation.path()), Optional.empty());
    }

    private Response send(ApiOperation operation, RequestSpecification request, CustomerFixtures fixtures, String path,
                          Optional<Map.Entry<String, Object>> extraProperty) {
        if (operation.queryParameters().contains("customerId")) {
            request.queryParam("customerId", fixtures.id("customer"));
        }
        // a period (utilisation): the month ahead, which the fixtures' engagement and staffing cover
        if (operation.queryParameters().containsAll(List.of("from", "to"))) {
            request.queryParam("from", LocalDate.now().toString()).queryParam("to", LocalDate.now().plusDays(30).toString());
        }
        if (operation.queryParameters().contains("asOf")) {
            request.queryParam("asOf", LocalDate.now().toString());
        }
        if (operation.headerParameters().contains("Idempotency-Key")) {
            request.header("Idempotency-Key", UUID.randomUUID().toString());
        }
        if (operation.headerParameters().contains("If-Match")) {
            currentETag(path).ifPresent(tag -> request.header("If-Match", tag));
        }
        if (operation.requestMediaType().isPresent()) {
            Object body = RequestBodies.body(operation, fixtures);
            if (extraProperty.isPresent()) {
                Map<String, Object> extended = new java.util.HashMap<>(castToMap(body));
                extended.put(extraProperty.get().getKey(), extraProperty.get().getValue());
                body = extended;
            }
            request.contentType(operation.requestMediaType().get());
            if (body instanceof byte[] bytes) {
                request.body(bytes); // a PDF: sent as it is, not serialized
            } else {
                request.body(body);
            }
        } else if (!operation.isRead() && !operation.method().equals("DELETE")) {
            // as a front-end's JSON client sends a body-less command; without it the services answer 415
            request.contentType("application/json");
        }
        return request.request(operation.method(), path);
    }

    /**
     * The current version of the resource a write addresses (the last id in its path), as If-Match: from the ETag of
     * a GET of the resource itself, or, for parts served only inside an enclosing resource (goals, account-plan
     * objectives), from the {@code version} of the object with that id in the enclosing answer; else the ETag of the
     * nearest enclosing resource (contract lines are versioned with their contract).
     */
    Optional<String> currentETag(String path) {
        String target = lastId(path);
        for (String candidate = path; candidate.lastIndexOf('/') > 0; candidate = candidate.substring(0, candidate.lastIndexOf('/'))) {
            Response response = api.as(ADMIN).get(candidate);
            if (response.statusCode() != 200) {
                continue;
            }
            Optional<Object> version = target == null || candidate.endsWith("/" + target) ? Optional.empty()
                    : versionOf(response.jsonPath().get(), target);
            if (version.isPresent()) {
                return Optional.of("\"" + version.get() + "\"");
            }
            if (response.header("ETag") != null) {
                return Optional.of(response.header("ETag"));
            }
        }
        return Optional.empty();
    }

    private static String lastId(String path) {
        String last = null;
        for (String segment : path.split("/")) {
            try {
                UUID.fromString(segment);
                last = segment;
            } catch (IllegalArgumentException notAnId) {
                // a name, not an id
            }
        }
        return last;
    }

    /** The {@code version} of the object with this id anywhere in a JSON answer. */
    private static Optional<Object> versionOf(Object json, String id) {
        if (json instanceof Map<?, ?> object) {
            if (id.equals(String.valueOf(object.get("id"))) && object.get("version") != null) {
                return Optional.of(object.get("version"));
            }
            for (Object value : object.values()) {
                Optional<Object> found = versionOf(value, id);
                if (found.isPresent()) {
                    return found;
                }
            }
        } else if (json instanceof java.util.List<?> list) {
            for (Object value : list) {
                Optional<Object> found = versionOf(value, id);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castToMap(Object body) {
        if (!(body instanceof Map<?, ?>)) {
            throw new AssertionError("only JSON object bodies can carry an extra property: " + body);
        }
        return (Map<String, Object>) body;
    }
}
