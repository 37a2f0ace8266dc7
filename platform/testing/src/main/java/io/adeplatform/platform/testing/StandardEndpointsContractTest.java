package io.adeplatform.platform.testing;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;

/**
 * The operational endpoints every service serves without a token: liveness, readiness with real database and Kafka
 * checks, Prometheus metrics and the OpenAPI document. A service's test extends it (annotated {@code @QuarkusTest}).
 */
public abstract class StandardEndpointsContractTest {

    @Test
    void livenessAndReadinessWithDatabaseAndKafkaChecks() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")))
                .body("checks.name", hasItem(containsString("Kafka")));
    }

    @Test
    void correlationIdIsEchoedOrCreated() {
        given().header("X-Correlation-Id", "case-4711").get("/api/no-such-resource")
                .then().header("X-Correlation-Id", equalTo("case-4711"));
        given().get("/api/no-such-resource").then().header("X-Correlation-Id", matchesPattern("[0-9a-f-]{36}"));
    }

    @Test
    void prometheusMetricsAndOpenApi() {
        given().get("/q/metrics").then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("openapi", equalTo("3.1.0"));
    }

    /** Enums are documented as clients write them ("delivery-manager"), not as Java constants ("DELIVERY_MANAGER"). */
    @Test
    void openApiEnumsUseWireNames() {
        Map<String, Map<String, Object>> schemas = given().accept("application/json").get("/q/openapi")
                .then().statusCode(200).extract().path("components.schemas");
        List<String> constants = schemas.entrySet().stream()
                .filter(schema -> schema.getValue().get("enum") instanceof List<?>)
                // Jackson's own JsonNodeType, documented where a body holds free JSON: not an enum of ours
                .filter(schema -> !schema.getKey().equals("JsonNodeType"))
                .flatMap(schema -> ((List<?>) schema.getValue().get("enum")).stream()
                        .map(String::valueOf).filter(value -> value.matches("[A-Z][A-Z_]{2,}"))
                        .map(value -> schema.getKey() + "." + value))
                .toList();
        assertThat(constants).as("enum values written as Java constants").isEmpty();
    }
}
