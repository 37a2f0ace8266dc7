package io.adeplatform.consumption;

import io.adeplatform.platform.testing.MutableClock;
import io.adeplatform.platform.testing.EventContracts;
import io.adeplatform.platform.testing.TestKafka;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.adeplatform.consumption.Fixtures.EXEC;
import static io.adeplatform.consumption.Fixtures.HEADER;
import static io.adeplatform.consumption.Fixtures.STRANGER;
import static io.adeplatform.consumption.Fixtures.VIEWER;
import static io.adeplatform.consumption.Fixtures.row;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
class AnalyticsTest {

    private static final String COMMITMENT_TOPIC = "consumption.commitment.events";
    private static final String AT_RISK = "io.adeplatform.consumption.commitment.at-risk.v1";

    @Inject
    MutableClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private static String createCommitment(UUID customer, String amount, String start, String end) {
        return given().header("Authorization", EXEC).contentType(ContentType.JSON)
                .body(Map.of("amount", Map.of("amount", amount, "currency", "USD"), "startDate", start, "endDate", end))
                .post("/api/consumption/customers/" + customer + "/commitments")
                .then().statusCode(201).extract().path("id");
    }

    private static List<ConsumerRecord<String, String>> atRiskEvents(String commitmentId, int expected) {
        return TestKafka.await(COMMITMENT_TOPIC, r -> commitmentId.equals(r.key()) && AT_RISK.equals(TestKafka.header(r, "ce_type")),
                expected, Duration.ofSeconds(expected == Integer.MAX_VALUE ? 4 : 20));
    }

    /** Each {@code prefix + name}'s money amount in the body is the expected one. */
    private static void amounts(ValidatableResponse response, String prefix, Map<String, String> expected) {
        expected.forEach((name, amount) -> response.body(prefix + name + ".amount", equalTo(amount)));
    }

    @Test
    void summaryMatchesTheHandComputedExample() {
        clock.set(Instant.parse("2026-06-20T12:00:00Z"));
        UUID customer = Fixtures.customer("Summary State");
        String sub = Fixtures.subscription(customer);
        // 21..31 May at 50/day (550), 1..19 June at 100/day (1,900), and 30 of today's usage (partial): see
        // ConsumptionForecastTest for the arithmetic. Today is forecast from the last complete day, never counted.
        Fixtures.upload(HEADER + Fixtures.daily(sub, LocalDate.of(2026, 5, 21), LocalDate.of(2026, 5, 31), "Compute", "50.00")
                + Fixtures.daily(sub, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 19), "Compute", "100.00")
                + row("2026-06-20", sub, "Compute", "meter-1", "30.00"))
                .statusCode(200).body("accepted", equalTo(31));
        given().header("Authorization", EXEC).contentType(ContentType.JSON)
                .body(Map.of("month", "2026-06", "target", Map.of("amount", "3500", "currency", "USD")))
                .post("/api/consumption/customers/" + customer + "/goals").then().statusCode(201);
        String commitment = createCommitment(customer, "50000", "2026-05-01", "2026-12-31");

        ValidatableResponse summary = given().header("Authorization", VIEWER)
                .get("/api/consumption/customers/" + customer + "/summary")
                .then().statusCode(200)
                .body("asOf", equalTo("2026-06-20"))
                .body("currency", equalTo("USD"))
                .body("month.daysLeft", equalTo(10))
                .body("month.completeThrough", equalTo("2026-06-19"))
                .body("month.projectedDays", equalTo(11))
                .body("commitments", hasSize(1))
                .body("commitments[0].commitmentId", equalTo(commitment))
                .body("commitments[0].atRisk", equalTo(true))
                .body("commitments[0].riskState", equalTo("at-risk"))
                .body("commitments[0].riskReasons", equalTo(List.of("projected-shortfall")))
                .body("commitments[0].outlook.daysLeft", equalTo(194))
                .body("commitments[0].outlook.projectedDays", equalTo(195))
                .body("commitments[0].outlook.burnDown.month", equalTo(List.of("2026-05", "2026-06")));
        amounts(summary, "month.", Map.of("monthToDate", "1930.00", "runRate7", "100.00", "runRate30", "81.67",
                "forecast", "3000.00", "goal", "3500.00", "gapToGoal", "500.00"));
        amounts(summary, "commitments[0].outlook.", Map.of("consumed", "2480.00", "remaining", "47520.00",
                "projected", "18375.00", "shortfall", "31625.00", "requiredDailyRate", "244.95",
                "burnDown[1].remaining", "47520.00"));

        given().header("Authorization", STRANGER).get("/api/consumption/customers/" + customer + "/summary")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void commitmentAtRiskIsPublishedOncePerCrossing() throws Exception {
        clock.set(Instant.parse("2026-03-10T12:00:00Z"));
        UUID customer = Fixtures.customer("Risky State");
        String sub = Fixtures.subscription(customer);
        // 1..10 March at 10/day (10 March, today, partial): run-rate of the 9 complete days 1..9 March = 10/day
        Fixtures.upload(HEADER + Fixtures.daily(sub, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 10), "Compute", "10.00"))
                .statusCode(200);
        // 1,000 by 31 March: 90 (1..9 March) + 10 x 22 (10..31 March) = 310 -> at risk at once
        String commitment = createCommitment(customer, "1000", "2026-03-01", "2026-03-31");
        List<ConsumerRecord<String, String>> first = atRiskEvents(commitment, 1);
        assertThat(first).hasSize(1);
        assertThat(EventContracts.violations(AT_RISK, first.get(0).value())).isEmpty();
        com.fasterxml.jackson.databind.JsonNode payload = new com.fasterxml.jackson.databind.ObjectMapper().readTree(first.get(0).value());
        assertThat(payload.at("/shortfall/amount").decimalValue()).isEqualByComparingTo("690.00");
        assertThat(payload.at("/projected/amount").decimalValue()).isEqualByComparingTo("310.00");
        assertThat(payload.at("/requiredDailyRate/amount").decimalValue()).isEqualByComparingTo("42.86"); // 900 / 21
        assertThat(payload.at("/reasons").toString()).isEqualTo("[\"projected-shortfall\"]");
        assertThat(payload.get("lastUsageDate").asText()).isEqualTo("2026-03-10");
        assertThat(payload.get("customerId").asText()).isEqualTo(customer.toString());

        // more uploads while still at risk: no new event
        Fixtures.upload(HEADER + row("2026-03-10", sub, "Storage", "meter-2", "5.00")).statusCode(200);
        // the customer catches up: 3,000 on 9 March -> 3,105 consumed; no longer at risk (flag cleared, no event)
        Fixtures.upload(HEADER + row("2026-03-09", sub, "Storage", "meter-3", "3000.00")).statusCode(200);
        given().header("Authorization", EXEC).get("/api/consumption/customers/" + customer + "/commitments/" + commitment)
                .then().statusCode(200).body("atRisk", equalTo(false)).body("riskState", equalTo("on-track"));
        // raising the commitment crosses again: a second event
        String etag = given().header("Authorization", EXEC).get("/api/consumption/customers/" + customer + "/commitments/" + commitment)
                .then().extract().header("ETag");
        given().header("Authorization", EXEC).header("If-Match", etag).contentType(ContentType.JSON)
                .body(Map.of("amount", Map.of("amount", "100000", "currency", "USD"), "startDate", "2026-03-01", "endDate", "2026-03-31"))
                .put("/api/consumption/customers/" + customer + "/commitments/" + commitment)
                .then().statusCode(200).body("atRisk", equalTo(true));
        assertThat(atRiskEvents(commitment, 2)).hasSize(2);
        assertThat(atRiskEvents(commitment, Integer.MAX_VALUE)).hasSize(2);
    }

    @Test
    void plantedSpikeIsDetectedOnceAndPublished() {
        clock.set(Instant.parse("2026-04-30T12:00:00Z"));
        UUID customer = Fixtures.customer("Spiky State");
        String sub = Fixtures.subscription(customer);
        StringBuilder csv = new StringBuilder(HEADER);
        LocalDate start = LocalDate.of(2026, 3, 1);
        for (int i = 0; i < 40; i++) {
            csv.append(row(start.plusDays(i).toString(), sub, "Compute", "D2", i % 2 == 0 ? "95.00" : "105.00"));
        }
        Fixtures.upload(csv.toString()).statusCode(200).body("accepted", equalTo(40));
        given().header("Authorization", VIEWER).get("/api/consumption/customers/" + customer + "/anomalies")
                .then().statusCode(200).body("items", hasSize(0));

        LocalDate spike = start.plusDays(40);   // 10 April
        Fixtures.upload(HEADER + row(spike.toString(), sub, "Compute", "D2", "900.00")).statusCode(200);
        given().header("Authorization", VIEWER).get("/api/consumption/customers/" + customer + "/anomalies")
                .then().statusCode(200).body("items", hasSize(2))          // the customer's total and the service
                .body("items[0].date", equalTo(spike.toString()))
                .body("items[0].service", equalTo(null))
                .body("items[0].direction", equalTo("spike"))
                .body("items[0].cost.amount", equalTo("900.00"))
                .body("items[0].baseline.amount", equalTo("100.00"))
                .body("items[1].service", equalTo("Compute"));
        Fixtures.upload(HEADER + row(spike.toString(), sub, "Compute", "D2", "900.00")).statusCode(200)
                .body("duplicates", equalTo(1));

        List<ConsumerRecord<String, String>> events = TestKafka.await("consumption.usage.events",
                r -> customer.toString().equals(r.key()), 2, Duration.ofSeconds(20));
        assertThat(events).hasSize(2);
        for (ConsumerRecord<String, String> event : events) {
            String type = TestKafka.header(event, "ce_type");
            assertThat(type).isEqualTo("io.adeplatform.consumption.usage.anomaly-detected.v1");
            assertThat(EventContracts.violations(type, event.value())).isEmpty();
        }
        assertThat(TestKafka.collect("consumption.usage.events", r -> customer.toString().equals(r.key()),
                Duration.ofSeconds(3))).hasSize(2);
        given().header("Authorization", STRANGER).get("/api/consumption/customers/" + customer + "/anomalies")
                .then().statusCode(404);
    }
}
