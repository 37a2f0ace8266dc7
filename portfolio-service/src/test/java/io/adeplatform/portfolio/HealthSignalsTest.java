package io.adeplatform.portfolio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.adeplatform.platform.testing.EventContracts;
import io.adeplatform.platform.testing.MutableClock;
import io.adeplatform.platform.testing.TestKafka;
import io.adeplatform.portfolio.persistence.EngagementRepository;
import io.adeplatform.portfolio.service.HealthSweep;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.adeplatform.portfolio.Fixtures.EXEC;
import static io.adeplatform.portfolio.Fixtures.TOPIC;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Health that follows time (the scheduled sweep, several replicas), registered red, and the quality dimension. */
@QuarkusTest
class HealthSignalsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HEALTH_CHANGED = "io.adeplatform.portfolio.engagement.health-changed.v1";
    private static final String CREATED = "io.adeplatform.portfolio.engagement.created.v1";

    @Inject
    MutableClock clock;

    @Inject
    HealthSweep sweep;

    @Inject
    EngagementRepository engagements;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void anEngagementTurnsRedByTimeAloneAndTwoReplicasPublishItOnce() throws Exception {
        clock.freeze();
        String customer = Fixtures.customer();
        String id = Fixtures.engagement(customer); // starts in 10 days: no planned value yet
        milestone(id, "Go-live", Fixtures.today().plusDays(1));
        given().header("Authorization", EXEC).get("/api/engagements/" + id).then().body("health", equalTo("green"));
        long version = version(id);

        // 30 days later, nobody wrote anything: the milestone is 29 days late and PV (20 of 100 days) overtook EV 0
        clock.advance(Duration.ofDays(30));
        given().header("Authorization", EXEC).get("/api/engagements/" + id + "/health").then()
                .body("overall.rag", equalTo("red"));
        given().header("Authorization", EXEC).get("/api/engagements/" + id).then().body("health", equalTo("green"));

        // two replicas run the tick at the same moment
        ExecutorService replicas = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch go = new CountDownLatch(1);
            Callable<Integer> tick = () -> {
                go.await();
                return sweep.run();
            };
            Future<Integer> a = replicas.submit(tick);
            Future<Integer> b = replicas.submit(tick);
            go.countDown();
            a.get(60, TimeUnit.SECONDS);
            b.get(60, TimeUnit.SECONDS);
        } finally {
            replicas.shutdownNow();
        }

        List<ConsumerRecord<String, String>> changes = healthChanges(id, Duration.ofSeconds(8));
        assertThat(changes).hasSize(1);
        JsonNode payload = JSON.readTree(changes.get(0).value());
        assertThat(payload.get("previous").asText()).isEqualTo("green");
        assertThat(payload.get("current").asText()).isEqualTo("red");
        assertThat(payload.get("reasons").toString()).contains("schedule: milestone 'Go-live' is 29 days late");
        assertThat(payload.get("changedAt").asText()).startsWith(Fixtures.today().plusDays(30).toString());
        assertThat(EventContracts.violations(HEALTH_CHANGED, changes.get(0).value())).isEmpty();
        assertThat(version(id)).as("one stored change").isEqualTo(version + 1);

        // list filters and the summary read the fresh value
        given().header("Authorization", EXEC).queryParam("customerId", customer).queryParam("health", "red")
                .get("/api/engagements").then().statusCode(200).body("items.id", equalTo(List.of(id)));
        given().header("Authorization", EXEC).queryParam("customerId", customer).get("/api/portfolio/summary").then()
                .body("byHealth.find { it.key == 'red' }.count", equalTo(1));

        // the next tick finds nothing new
        sweep.run();
        assertThat(healthChanges(id, Duration.ofSeconds(3))).hasSize(1);
        assertThat(version(id)).isEqualTo(version + 1);
    }

    @Test
    void theSweepSkipsAnEngagementAWriteHoldsInsteadOfWaiting() throws Exception {
        clock.freeze();
        String id = Fixtures.engagement(Fixtures.customer());
        milestone(id, "Design", Fixtures.today().plusDays(1));
        clock.advance(Duration.ofDays(30));
        UUID engagementId = UUID.fromString(id);

        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try {
            Future<?> writer = pool.submit(() -> QuarkusTransaction.requiringNew().run(() -> {
                engagements.findForUpdate(engagementId);
                locked.countDown();
                try {
                    release.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            assertThat(locked.await(20, TimeUnit.SECONDS)).isTrue();
            // SKIP LOCKED: the pass does not wait for the writer (a waiting pass would time out here)
            pool.submit(sweep::run).get(30, TimeUnit.SECONDS);
            given().header("Authorization", EXEC).get("/api/engagements/" + id).then().body("health", equalTo("green"));
            release.countDown();
            writer.get(20, TimeUnit.SECONDS);
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
        sweep.run();
        given().header("Authorization", EXEC).get("/api/engagements/" + id).then().body("health", equalTo("red"));
    }

    @Test
    void anEngagementRegisteredRedPublishesHealthChangedWithPreviousNull() throws Exception {
        String customer = Fixtures.customer();
        Map<String, Object> body = Fixtures.engagementBody(customer, "Already late");
        body.put("startDate", Fixtures.today().minusDays(60).toString()); // PV 60,000, EV 0: SPI 0
        body.put("endDate", Fixtures.today().plusDays(40).toString());
        String red = Fixtures.createEngagement(body).then().body("health", equalTo("red")).extract().path("id");
        String green = Fixtures.engagement(customer);

        List<ConsumerRecord<String, String>> events = TestKafka.await(TOPIC, r -> red.equals(r.key()), 2, Duration.ofSeconds(20));
        assertThat(events).extracting(r -> TestKafka.header(r, "ce_type")).containsExactly(CREATED, HEALTH_CHANGED);
        JsonNode payload = JSON.readTree(events.get(1).value());
        assertThat(payload.get("previous").isNull()).isTrue();
        assertThat(payload.get("current").asText()).isEqualTo("red");
        assertThat(payload.get("causes").findValuesAsText("code")).contains("spi-low");
        assertThat(EventContracts.violations(HEALTH_CHANGED, events.get(1).value())).isEmpty();
        // registered green: only created
        assertThat(healthChanges(green, Duration.ofSeconds(3))).isEmpty();
    }

    @Test
    void milestonesRejectedAtAcceptanceRateQuality() {
        String id = Fixtures.engagement(Fixtures.customer());
        String m = milestone(id, "UAT sign-off", Fixtures.today().plusDays(20));
        transition(id, m, "rejected", 409); // only an achieved milestone can be refused
        transition(id, m, "achieved", 200);
        transition(id, m, "rejected", 200).body("rejections", equalTo(1));
        given().header("Authorization", EXEC).get("/api/engagements/" + id + "/health").then()
                .body("quality.rag", equalTo("amber"))
                .body("quality.reasons", equalTo(List.of("milestone 'UAT sign-off' was rejected at acceptance")))
                .body("overall.rag", equalTo("amber"))
                .body("causes[0].code", equalTo("milestone-rejected"));
        given().header("Authorization", EXEC).get("/api/engagements/" + id).then().body("health", equalTo("amber"));
        transition(id, m, "achieved", 200);
        transition(id, m, "rejected", 200).body("rejections", equalTo(2));
        given().header("Authorization", EXEC).get("/api/engagements/" + id).then().body("health", equalTo("red"))
                .body("healthReasons", hasItem("quality: milestone 'UAT sign-off' was rejected at acceptance 2 times"));
        transition(id, m, "achieved", 200);
        transition(id, m, "accepted", 200);
        given().header("Authorization", EXEC).get("/api/engagements/" + id + "/health").then()
                .body("quality.rag", equalTo("green")).body("overall.rag", equalTo("green"));
    }

    private static String milestone(String id, String name, java.time.LocalDate due) {
        return given().header("Authorization", EXEC).contentType(ContentType.JSON)
                .body(Map.of("name", name, "dueDate", due.toString()))
                .post("/api/engagements/" + id + "/milestones").then().statusCode(201).extract().path("id");
    }

    private static io.restassured.response.ValidatableResponse transition(String id, String m, String to, int status) {
        String milestone = "/api/engagements/" + id + "/milestones/" + m;
        return Fixtures.transition(milestone, milestone + "/transitions", to).then().statusCode(status);
    }

    private static List<ConsumerRecord<String, String>> healthChanges(String id, Duration wait) {
        return TestKafka.collect(TOPIC, r -> id.equals(r.key()) && HEALTH_CHANGED.equals(TestKafka.header(r, "ce_type")), wait);
    }

    private long version(String id) {
        return QuarkusTransaction.requiringNew().call(() -> engagements.findById(UUID.fromString(id)).version);
    }
}
