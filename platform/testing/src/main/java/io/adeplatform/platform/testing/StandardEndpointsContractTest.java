package io.adeplatform.platform.testing;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;

/**
 * The operational endpoints every service serves without a token: liveness, readiness with a real database check
 * and nothing of Kafka (a broker outage must not make a service unready: its writes wait in the outbox), the outbox
 * relay's state as a wellness check, Prometheus metrics with the outbox and Kafka client metrics, and the OpenAPI
 * document. A service's test extends it (annotated {@code @QuarkusTest}).
 */
public abstract class StandardEndpointsContractTest {

    @Test
    void livenessAndReadinessWithTheDatabaseButNotKafka() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        JsonPath readiness = given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")))
                .extract().jsonPath();
        // no Kafka client check, and no Kafka channel in the messaging readiness check (it stays, empty)
        assertThat(readiness.getList("checks.name", String.class)).noneMatch(name -> name.toLowerCase().contains("kafka"));
        assertThat(readiness.getList("checks.findAll { it.name.contains('Reactive Messaging') }.data")).containsOnlyNulls();
    }

    @Test
    void outboxRelayStateIsAWellnessCheck() {
        given().get("/q/health/well").then().statusCode(200)
                .body("checks.find { it.name == 'Outbox relay' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'Outbox relay' }.data.state", equalTo("running"))
                .body("checks.find { it.name == 'Outbox relay' }.data.pending", notNullValue())
                .body("checks.find { it.name == 'Outbox relay' }.data.quarantined", notNullValue());
    }

    @Test
    void correlationIdIsEchoedOrCreated() {
        given().header("X-Correlation-Id", "case-4711").get("/api/no-such-resource")
                .then().header("X-Correlation-Id", equalTo("case-4711"));
        given().get("/api/no-such-resource").then().header("X-Correlation-Id", matchesPattern("[0-9a-f-]{36}"));
    }

    @Test
    void prometheusMetricsAndOpenApi() {
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("jvm_memory_used_bytes"))
                .body(containsString("ade_outbox_pending "), containsString("ade_outbox_oldest_pending_age_seconds "),
                        containsString("ade_outbox_quarantined_rows "), containsString("ade_outbox_published_total "),
                        containsString("ade_outbox_relay_failures_total "), containsString("ade_outbox_quarantined_total "))
                // the Kafka client metrics of the service's consumers: lag per consumer group
                .body(containsString("kafka_consumer_fetch_manager_records_lag_max"));
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
