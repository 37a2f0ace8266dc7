package io.adeplatform.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static io.restassured.RestAssured.given;

/** The OpenAPI documents the five running services serve at /q/openapi, and the gateway's merged one. */
final class ServiceDocuments {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ServiceDocuments() {
    }

    /** Operator endpoints (dead letters, issue 15): about the service, not a customer, and for admins only. */
    static final String OPERATOR_PATHS = "/api/admin/";

    /**
     * Every customer-facing operation of every service, in document order per service. Operator endpoints under
     * {@link #OPERATOR_PATHS} are left out: no customer fixture applies to them, and platform/events'
     * DeadLetterReplayTest proves their admin-only access with signed tokens.
     */
    static List<ApiOperation> operations(RunningPlatform platform) {
        List<ApiOperation> operations = new ArrayList<>();
        for (Map.Entry<String, String> service : platform.serviceUrls().entrySet()) {
            String document = given().baseUri(service.getValue()).queryParam("format", "json").get("/q/openapi")
                    .then().statusCode(200).extract().asString();
            operations.addAll(customerFacing(ApiOperation.of(service.getKey(), parse(document))));
        }
        return operations;
    }

    /** "METHOD path" of every operation in the gateway's merged document (GET /openapi). */
    static Set<String> gatewayOperationKeys(RunningPlatform platform) {
        JsonNode merged = parse(given().baseUri(platform.gatewayUrl()).get("/openapi").then().statusCode(200).extract().asString());
        Set<String> keys = new TreeSet<>();
        ApiOperation.of("gateway", merged).forEach(operation -> keys.add(operation.key()));
        return keys;
    }

    /**
     * The customer-facing operations of a document: the gateway's merged one lists every service's operator
     * endpoints too ({@code /api/admin/<domain>/…}), left out for the same reason as in {@link #operations}, and its
     * own {@code GET /openapi} (a document without parameters or token).
     */
    static List<ApiOperation> customerFacing(List<ApiOperation> operations) {
        return operations.stream().filter(operation -> operation.path().startsWith("/api/")
                && !operation.path().startsWith(OPERATOR_PATHS)).toList();
    }

    /** The gateway's merged document (GET /openapi), as a front-end developer reads it. */
    static JsonNode merged(RunningPlatform platform) {
        return parse(given().baseUri(platform.gatewayUrl()).get("/openapi").then().statusCode(200).extract().asString());
    }

    static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
