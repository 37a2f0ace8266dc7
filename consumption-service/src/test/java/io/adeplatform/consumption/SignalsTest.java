package io.adeplatform.consumption;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.adeplatform.consumption.service.SignalScheduler;
import io.adeplatform.platform.testing.EventContracts;
import io.adeplatform.platform.testing.MutableClock;
import io.adeplatform.platform.testing.TestKafka;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.adeplatform.consumption.Fixtures.EXEC;
import static io.adeplatform.consumption.Fixtures.HEADER;
import static io.adeplatform.consumption.Fixtures.VIEWER;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/**
 * Signals that follow time (issue 16): the scheduler's tick, driven by {@link MutableClock}, flags what stopped with
 * nobody writing, once even when two ticks (two replicas) run at the same moment; insufficient data is no risk;
 * partial days are never evaluated.
 */
@QuarkusTest
class SignalsTest {

    private static final String AT_RISK = "io.adeplatform.consumption.commitment.at-risk.v1";
    private static final String ANOMALY = "io.adeplatform.consumption.usage.anomaly-detected.v1";

    @Inject
    MutableClock clock;

    @Inject
    SignalScheduler scheduler;

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

    private static io.restassured.response.ValidatableResponse commitment(UUID customer, String id) {
        return given().header("Authorization", VIEWER)
                .get("/api/consumption/customers/" + customer + "/commitments/" + id).then().statusCode(200);
    }

    private static List<ConsumerRecord<String, String>> atRiskEvents(String commitmentId, Duration wait, int expected) {
        return TestKafka.await("consumption.commitment.events",
                r -> commitmentId.equals(r.key()) && AT_RISK.equals(TestKafka.header(r, "ce_type")), expected, wait);
    }

    /** Two ticks at the same moment, as two replicas whose schedules fire together. */
    private void twoConcurrentTicks() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CyclicBarrier together = new CyclicBarrier(2);
            List<Future<SignalScheduler.Tick>> ticks = List.of(
                    pool.submit(() -> {
                        together.await();
                        return scheduler.tick();
                    }),
                    pool.submit(() -> {
                        together.await();
                        return scheduler.tick();
                    }));
            for (Future<SignalScheduler.Tick> tick : ticks) {
                tick.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void usageThatStopsIsFlaggedByTimeAloneWithinOneTickOnceWithTwoReplicas() throws Exception {
        clock.set(Instant.parse("2026-03-11T06:00:00Z"));
        UUID customer = Fixtures.customer("Stopping State");
        String sub = Fixtures.subscription(customer);
        // 1 Feb .. 10 Mar at 100/day, then nothing more ever arrives
        Fixtures.upload(HEADER + Fixtures.daily(sub, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 10), "Compute", "100.00"))
                .statusCode(200).body("accepted", equalTo(38));
        // 30,000 from 1 Mar to 31 Dec: 1,000 consumed + 100 x 296 days = 30,600 -> on track
        String id = createCommitment(customer, "30000", "2026-03-01", "2026-12-31");
        commitment(customer, id).body("riskState", equalTo("on-track"));

        scheduler.tick();
        // 15 March: 11..14 March quiet = 4 complete days without usage: still on track
        clock.set(Instant.parse("2026-03-15T06:00:00Z"));
        scheduler.tick();
        commitment(customer, id).body("riskState", equalTo("on-track")).body("riskReasons", hasSize(0));
        assertThat(atRiskEvents(id, Duration.ofSeconds(3), Integer.MAX_VALUE)).isEmpty();

        // 16 March: 5 complete days without usage -> at risk at the next tick, nobody having written anything
        clock.set(Instant.parse("2026-03-16T06:00:00Z"));
        String etag = given().header("Authorization", VIEWER)
                .get("/api/consumption/customers/" + customer + "/commitments/" + id).then().extract().header("ETag");
        twoConcurrentTicks();
        commitment(customer, id).body("riskState", equalTo("at-risk")).body("atRisk", equalTo(true))
                .body("riskReasons", equalTo(List.of("no-recent-usage")))
                .body("riskEvaluatedAt", equalTo("2026-03-16T06:00:00Z"))
                .header("ETag", equalTo(etag));   // an evaluation never changes the commitment's version

        List<ConsumerRecord<String, String>> events = atRiskEvents(id, Duration.ofSeconds(20), 1);
        assertThat(events).hasSize(1);
        assertThat(EventContracts.violations(AT_RISK, events.get(0).value())).isEmpty();
        JsonNode payload = new ObjectMapper().readTree(events.get(0).value());
        assertThat(payload.at("/reasons").toString()).isEqualTo("[\"no-recent-usage\"]");
        assertThat(payload.get("lastUsageDate").asText()).isEqualTo("2026-03-10");
        assertThat(payload.at("/shortfall/amount").decimalValue()).isEqualByComparingTo("0");

        // the stop itself: one stoppage on 11 March for the total and the service, found by the same ticks
        given().header("Authorization", VIEWER).get("/api/consumption/customers/" + customer + "/anomalies")
                .then().statusCode(200).body("items", hasSize(2))
                .body("items.date", equalTo(List.of("2026-03-11", "2026-03-11")))
                .body("items.direction", equalTo(List.of("stoppage", "stoppage")))
                .body("items.service", equalTo(java.util.Arrays.asList(null, "Compute")))
                .body("items[0].cost.amount", equalTo("0.00"))
                .body("items[0].baseline.amount", equalTo("100.00"));
        List<ConsumerRecord<String, String>> anomalies = TestKafka.await("consumption.usage.events",
                r -> customer.toString().equals(r.key()) && ANOMALY.equals(TestKafka.header(r, "ce_type")), 2,
                Duration.ofSeconds(20));
        assertThat(anomalies).hasSize(2);
        assertThat(EventContracts.violations(ANOMALY, anomalies.get(0).value())).isEmpty();

        // later ticks: nothing new (still at risk, the stop already reported)
        clock.set(Instant.parse("2026-03-18T06:00:00Z"));
        twoConcurrentTicks();
        assertThat(atRiskEvents(id, Duration.ofSeconds(3), Integer.MAX_VALUE)).hasSize(1);
        assertThat(TestKafka.collect("consumption.usage.events",
                r -> customer.toString().equals(r.key()) && ANOMALY.equals(TestKafka.header(r, "ce_type")),
                Duration.ofSeconds(3))).hasSize(2);
    }

    @Test
    void aCommitmentWithoutEnoughHistoryIsInsufficientDataNotAtRisk() {
        clock.set(Instant.parse("2026-04-04T09:00:00Z"));
        UUID none = Fixtures.customer("No Usage Yet");
        String silent = createCommitment(none, "500000", "2026-04-01", "2027-03-31");
        UUID young = Fixtures.customer("Three Days Old");
        String sub = Fixtures.subscription(young);
        Fixtures.upload(HEADER + Fixtures.daily(sub, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 3), "Compute", "10.00"))
                .statusCode(200);
        // 1..3 April: 3 complete days of history, and a run-rate far below the commitment: still insufficient data
        String id = createCommitment(young, "500000", "2026-04-01", "2027-03-31");
        commitment(none, silent).body("riskState", equalTo("insufficient-data")).body("atRisk", equalTo(false));
        commitment(young, id).body("riskState", equalTo("insufficient-data"));
        given().header("Authorization", VIEWER).get("/api/consumption/customers/" + young + "/summary").then()
                .statusCode(200).body("commitments[0].riskState", equalTo("insufficient-data"))
                .body("commitments[0].atRisk", equalTo(false));

        // 9 April: 8 complete days since the first usage, none since 3 April (5 quiet days): judged, and at risk
        clock.set(Instant.parse("2026-04-09T09:00:00Z"));
        scheduler.tick();
        commitment(young, id).body("riskState", equalTo("at-risk"))
                .body("riskReasons", equalTo(List.of("projected-shortfall", "no-recent-usage")));
        // without any usage at all there is nothing to judge, however long it lasts: never at risk, never published
        clock.set(Instant.parse("2026-06-09T09:00:00Z"));
        scheduler.tick();
        commitment(none, silent).body("riskState", equalTo("insufficient-data")).body("atRisk", equalTo(false));
        assertThat(atRiskEvents(id, Duration.ofSeconds(20), 1)).hasSize(1);
        assertThat(atRiskEvents(silent, Duration.ofSeconds(3), Integer.MAX_VALUE)).isEmpty();
    }

    private static String feedRecord(String date, String subscription, String meter, String cost) {
        return """
                {"date": "%s", "subscriptionId": "%s", "serviceName": "Storage", "meter": "%s",
                 "resourceGroup": "rg-feed", "quantity": 1, "unit": "GB", "cost": %s, "currency": "USD"}"""
                .formatted(date, subscription, meter, cost);
    }

    private static void feed(UUID customer, String subscription, String date, String meter, String cost) {
        BigDecimal before = Fixtures.stored(customer)[1];
        TestKafka.send(Fixtures.PARTNER_TOPIC, subscription, feedRecord(date, subscription, meter, cost), Map.of());
        await().atMost(Duration.ofSeconds(30))
                .until(() -> Fixtures.stored(customer)[1].compareTo(before.add(new BigDecimal(cost))) == 0);
    }

    private static void anomalies(UUID customer, int count) {
        given().header("Authorization", VIEWER).get("/api/consumption/customers/" + customer + "/anomalies")
                .then().statusCode(200).body("items", hasSize(count));
    }

    @Test
    void thePartnerFeedNeverEvaluatesAPartialDay() {
        clock.set(Instant.parse("2026-05-20T10:00:00Z"));
        UUID customer = Fixtures.customer("Streaming State");
        String sub = Fixtures.subscription(customer);
        Fixtures.upload(HEADER + Fixtures.daily(sub, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 5, 19), "Storage", "100.00"))
                .statusCode(200);
        // today's records arrive one by one: after the first, today holds 20 of its usual 100 - not a drop
        for (int i = 1; i <= 5; i++) {
            feed(customer, sub, "2026-05-20", "Blob-" + i, "20");
            anomalies(customer, 0);
        }
        scheduler.tick();
        anomalies(customer, 0);

        // 21 May: 20 May is complete (100, its usual) and checked by the tick; 21 May has 5 so far, not checked
        clock.set(Instant.parse("2026-05-21T01:00:00Z"));
        feed(customer, sub, "2026-05-21", "Blob-1", "5");
        scheduler.tick();
        anomalies(customer, 0);

        // 22 May: nothing more came for 21 May; now complete, its 5 is a real drop (total and Storage), found once
        clock.set(Instant.parse("2026-05-22T01:00:00Z"));
        feed(customer, sub, "2026-05-22", "Blob-1", "100");
        anomalies(customer, 0);
        scheduler.tick();
        given().header("Authorization", VIEWER).get("/api/consumption/customers/" + customer + "/anomalies")
                .then().statusCode(200).body("items", hasSize(2))
                .body("items.date", equalTo(List.of("2026-05-21", "2026-05-21")))
                .body("items.direction", equalTo(List.of("drop", "drop")));
    }
}
