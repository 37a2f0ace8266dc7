package io.adeplatform.portfolio.staffing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.adeplatform.platform.testing.EventContracts;
import io.adeplatform.platform.testing.MutableClock;
import io.adeplatform.platform.testing.TestKafka;
import io.adeplatform.portfolio.Fixtures;
import io.adeplatform.portfolio.service.staffing.UnfilledRoleSweep;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static io.adeplatform.portfolio.Fixtures.EXEC;
import static io.adeplatform.portfolio.Fixtures.TOPIC;
import static io.adeplatform.portfolio.staffing.StaffingFixtures.assign;
import static io.adeplatform.portfolio.staffing.StaffingFixtures.role;
import static io.adeplatform.portfolio.staffing.StaffingFixtures.submitted;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

/**
 * A role still unfilled 14 days before its start raises one RAID risk and turns the schedule amber; on its start it
 * turns the schedule red and publishes resource-request-unfilled-at-start, once. Time moves by the test's clock.
 */
@QuarkusTest
class UnfilledRoleTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String UNFILLED = StaffingFixtures.TYPE_PREFIX + "resource-request-unfilled-at-start.v1";

    @Inject
    MutableClock clock;

    @Inject
    UnfilledRoleSweep sweep;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void anUnfilledRoleRaisesOneRiskThenTurnsTheScheduleAmberAndRedAndIsAnnouncedOnce() throws Exception {
        clock.freeze();
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        // the engagement starts after the warning date, so no planned value muddies the schedule before then
        String e = StaffingFixtures.engagement(Fixtures.customer(), today.plusDays(20).toString(),
                today.plusDays(200).toString(), "100000.00");
        String r = submitted(e, role("Data engineer", today.plusDays(30).toString(), today.plusDays(90).toString(),
                "90.00"));
        String health = "/api/engagements/" + e + "/health";
        String risks = "/api/engagements/" + e + "/raid";
        sweep.run();
        given().header("Authorization", EXEC).get(health).then().body("schedule.rag", equalTo("green"));
        given().header("Authorization", EXEC).queryParam("type", "risk").get(risks).then().body("items", equalTo(List.of()));

        // 16 days later the role starts in 14 days and nobody is on it
        clock.advance(Duration.ofDays(16));
        assign(EXEC, e, r, "half." + java.util.UUID.randomUUID(), 50, today.plusDays(30).toString(),
                today.plusDays(60).toString(), null).then().statusCode(201); // partially filled still counts
        given().header("Authorization", EXEC).get(health).then().body("schedule.rag", equalTo("amber"))
                .body("schedule.reasons", hasItem("role 'Data engineer' is unfilled and starts in 14 days"));
        // the pass counts every engagement it changed (other tests' too), so the risks are counted on this one
        sweep.run();
        sweep.run();
        clock.advance(Duration.ofDays(1));
        sweep.run();
        String riskId = given().header("Authorization", EXEC).queryParam("type", "risk").get(risks).then()
                .statusCode(200).body("items.size()", equalTo(1)).body("items[0].category", equalTo("staffing"))
                .body("items[0].owner", equalTo("dave.dm")).body("items[0].dueDate", equalTo(today.plusDays(30).toString()))
                .body("items[0].title", equalTo("Role 'Data engineer' unfilled 14 days before its start"))
                .extract().path("items[0].id");
        given().header("Authorization", EXEC).get(StaffingFixtures.requests(e) + "/" + r).then()
                .body("unfilledRiskId", equalTo(riskId)).body("status", equalTo("partially-filled"));
        given().header("Authorization", EXEC).get("/api/engagements/" + e).then().body("health", equalTo("amber"));

        // nothing announced before the start
        assertThat(unfilledEvents(e, Duration.ofSeconds(2))).isEmpty();

        // the start date comes, still half staffed: red, announced once
        clock.advance(Duration.ofDays(13));
        given().header("Authorization", EXEC).get(health).then().body("schedule.rag", equalTo("red"))
                .body("schedule.reasons", hasItem("role 'Data engineer' is unfilled and started on "
                        + today.plusDays(30)));
        sweep.run();
        sweep.run();
        given().header("Authorization", EXEC).get("/api/engagements/" + e).then().body("health", equalTo("red"));
        List<ConsumerRecord<String, String>> events = TestKafka.await(TOPIC, rec -> e.equals(rec.key())
                && UNFILLED.equals(TestKafka.header(rec, "ce_type")), 1, Duration.ofSeconds(20));
        assertThat(EventContracts.violations(UNFILLED, events.get(0).value())).isEmpty();
        JsonNode payload = JSON.readTree(events.get(0).value());
        assertThat(payload.get("requestId").asText()).isEqualTo(r);
        assertThat(payload.get("riskId").asText()).isEqualTo(riskId);
        assertThat(payload.get("allocatedPercent").asInt()).isEqualTo(50);
        assertThat(unfilledEvents(e, Duration.ofSeconds(3))).hasSize(1);
    }

    @Test
    void aFilledOrCancelledRoleRaisesNothing() {
        clock.freeze();
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        String e = StaffingFixtures.engagement(Fixtures.customer(), today.plusDays(20).toString(),
                today.plusDays(200).toString(), "100000.00");
        String filled = submitted(e, role("Architect", today.plusDays(25).toString(), today.plusDays(40).toString(),
                "90.00"));
        assign(EXEC, e, filled, "full." + java.util.UUID.randomUUID(), 100, today.plusDays(25).toString(),
                today.plusDays(40).toString(), null).then().statusCode(201);
        String cancelled = submitted(e, role("Tester", today.plusDays(25).toString(), today.plusDays(40).toString(),
                "90.00"));
        StaffingFixtures.move(e, cancelled, "cancelled").then().statusCode(200);
        clock.advance(Duration.ofDays(26));
        sweep.run();
        given().header("Authorization", EXEC).queryParam("type", "risk").get("/api/engagements/" + e + "/raid").then()
                .body("items", equalTo(List.of()));
        given().header("Authorization", EXEC).get(StaffingFixtures.requests(e) + "/" + filled).then()
                .body("unfilledRiskId", nullValue());
        given().header("Authorization", EXEC).get("/api/engagements/" + e + "/health").then()
                .body("schedule.reasons.findAll { it.contains('role') }", equalTo(List.of()));
    }

    private static List<ConsumerRecord<String, String>> unfilledEvents(String e, Duration wait) {
        return TestKafka.collect(TOPIC, rec -> e.equals(rec.key()) && UNFILLED.equals(TestKafka.header(rec, "ce_type")),
                wait);
    }
}
