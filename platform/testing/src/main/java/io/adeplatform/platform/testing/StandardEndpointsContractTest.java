package io.adeplatform.platform.testing;

import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
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
}
