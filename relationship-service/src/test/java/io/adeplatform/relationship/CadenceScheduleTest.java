package io.adeplatform.relationship;

import io.adeplatform.platform.testing.MutableClock;
import io.adeplatform.platform.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.adeplatform.relationship.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;

/**
 * The executive cadence as time passes on the test's clock (issue 21): QBRs from interactions, steering committees
 * from portfolio's real events (another customer's event for the engagement changes nothing, a meeting dated later
 * counts from its day, a closed engagement drops out), next-due and overdue days by hand, the health factor, and the
 * due list across accounts (an outsider sees nothing of ours, an admin sees it).
 */
@QuarkusTest
class CadenceScheduleTest {

    private final String owner = "cass." + UUID.randomUUID();
    private final String exec = TestTokens.bearer(owner, "executive");
    private final String outsider = TestTokens.bearer("otto." + UUID.randomUUID(), "executive");

    @Inject
    MutableClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private void at(String day) {
        clock.set(Instant.parse(day + "T12:00:00Z"));
    }

    private static LocalDate day(String text) {
        return LocalDate.parse(text);
    }

    private ValidatableResponse cadence(String customer) {
        return as(exec).queryParam("limit", 200).get("/api/customers/" + customer + "/cadence").then().statusCode(200);
    }

    @Test
    void nextDueOverdueHealthAndTheDueListFollowTheClockAndPortfoliosEvents() {
        at("2030-01-02");
        String customer = Api.customer(exec, "Harbor County " + UUID.randomUUID());
        String cio = Api.addStakeholder(exec, customer, Api.stakeholder("Ines Cio", "cio", 4, "champion", null));
        String theirs = Api.customer(outsider, "Other County " + UUID.randomUUID());
        UUID a = PortfolioEvents.engagementCreated(customer, day("2030-01-10"));
        UUID b = PortfolioEvents.engagementCreated(customer, day("2030-01-05"));
        UUID x = PortfolioEvents.engagementCreated(theirs, day("2030-01-01"));

        at("2030-01-15");
        as(exec).body(Map.of("type", "qbr", "date", "2030-01-15", "stakeholderIds", List.of(cio), "summary", "Q1 QBR"))
                .post("/api/customers/" + customer + "/interactions").then().statusCode(201);
        // a meeting (another type) does not count as a QBR or briefing
        as(exec).body(Map.of("type", "meeting", "date", "2030-01-15", "stakeholderIds", List.of(cio), "summary", "Chat"))
                .post("/api/customers/" + customer + "/interactions").then().statusCode(201);
        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                as(exec).header("If-Match", "\"0\"").body(Map.of("qbrIntervalDays", 90, "executiveBriefingIntervalDays", 30,
                                "steeringCommitteeIntervalDays", 21, "steeringCommitteeOverrides",
                                List.of(Map.of("engagementId", b.toString(), "intervalDays", 14))))
                        .put("/api/customers/" + customer + "/cadence-policy").then().statusCode(200));

        // the other customer's event naming our engagement A is dropped; it comes first on A's partition, so once A's
        // own meeting of 02-01 shows, the stray one (02-25) has been seen and left out
        PortfolioEvents.steeringMeetingHeld(a, theirs, day("2030-02-25"));
        PortfolioEvents.steeringMeetingHeld(a, customer, day("2030-02-01"));
        PortfolioEvents.steeringMeetingHeld(a, customer, day("2030-03-05"));

        at("2030-03-01");
        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> cadence(customer)
                .body("items.find { it.engagementId == '" + a + "' }.lastHeld", equalTo("2030-02-01")));
        // by hand, on 2030-03-01: B never held, 01-05 + 14 (its override) = 01-19, 41 days overdue; the briefing never
        // held, registration 01-02 + 30 = 02-01, 28 days; A 02-01 + 21 = 02-22, 7 days; the QBR 01-15 + 90 = 04-15
        cadence(customer).body("items", hasSize(4)).body("hasMore", equalTo(false))
                .body("items.kind", contains("steering-committee", "executive-briefing", "steering-committee", "qbr"))
                .body("items.engagementId", contains(b.toString(), null, a.toString(), null))
                .body("items.intervalDays", contains(14, 30, 21, 90))
                .body("items.lastHeld", contains(null, null, "2030-02-01", "2030-01-15"))
                .body("items.nextDue", contains("2030-01-19", "2030-02-01", "2030-02-22", "2030-04-15"))
                .body("items.overdue", contains(true, true, true, false))
                .body("items.daysOverdue", contains(41, 28, 7, 0))
                .body("items.customerName", hasItem(org.hamcrest.Matchers.startsWith("Harbor County")));

        // health: coverage 1 of 4 (7.5), recency 45 days (12.5), frequency 2 contacts (5), stance (20), cadence 1 of 4
        // on time (2.5): 47.5 of 90 → 52.78 → 53 amber
        as(exec).get("/api/customers/" + customer + "/health").then().statusCode(200)
                .body("score", equalTo(53)).body("band", equalTo("amber")).body("totalWeight", equalTo(90))
                .body("factors.find { it.name == 'executive-cadence' }.weight", equalTo(10))
                .body("factors.find { it.name == 'executive-cadence' }.value", equalTo(0.25f))
                .body("factors.find { it.name == 'executive-cadence' }.contribution", equalTo(2.78f))
                .body("factors.find { it.name == 'executive-cadence' }.detail", equalTo("3 of 4 cadence items overdue: "
                        + "steering-committee by 41 days, executive-briefing by 28 days, steering-committee by 7 days"));

        // the to-do list: default window 03-01 to 03-07 holds the three overdue items, not the QBR; to 04-15 all four
        assertThat(dueOf(exec, Map.of(), customer)).extracting(item -> item.get("nextDue"))
                .containsExactly("2030-01-19", "2030-02-01", "2030-02-22");
        assertThat(dueOf(exec, Map.of("to", "2030-04-15"), customer)).hasSize(4);
        assertThat(dueOf(exec, Map.of("from", "2030-03-01", "to", "2030-03-01"), customer)).hasSize(3);
        // our list holds only our customer's items; the outsider's only theirs; the admin sees ours too
        assertThat(due(exec, Map.of("to", "2030-04-15"))).allMatch(item -> customer.equals(item.get("customerId")));
        List<Map<String, Object>> theirsDue = due(outsider, Map.of("to", "2030-04-15"));
        assertThat(theirsDue).isNotEmpty().allMatch(item -> theirs.equals(item.get("customerId")));
        assertThat(theirsDue).extracting(item -> item.get("engagementId")).contains(x.toString())
                .doesNotContain(a.toString(), b.toString());
        assertThat(dueOf(TestTokens.bearer("root", "admin"), Map.of("to", "2030-04-15"), customer)).hasSize(4);

        // 03-06: A's meeting of 03-05 now counts (due 03-26); B closes and drops out; the briefing is 33 days overdue
        PortfolioEvents.engagementClosed(b, customer);
        at("2030-03-06");
        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> cadence(customer)
                .body("items.engagementId", not(hasItem(b.toString()))));
        cadence(customer).body("items.kind", contains("executive-briefing", "steering-committee", "qbr"))
                .body("items.nextDue", contains("2030-02-01", "2030-03-26", "2030-04-15"))
                .body("items.daysOverdue", contains(33, 0, 0));
        as(exec).get("/api/customers/" + customer + "/health").then()
                .body("factors.find { it.name == 'executive-cadence' }.detail",
                        equalTo("1 of 3 cadence items overdue: executive-briefing by 33 days"));
    }

    /** Every due item the caller sees in this window, through every page. */
    private static List<Map<String, Object>> due(String token, Map<String, String> window) {
        List<Map<String, Object>> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            ValidatableResponse answer = as(token).queryParams(window).queryParam("limit", 200).queryParam("page", page)
                    .get("/api/cadence/due").then().statusCode(200);
            all.addAll(answer.extract().path("items"));
            if (!Boolean.TRUE.equals(answer.extract().path("hasMore"))) {
                return all;
            }
        }
    }

    private static List<Map<String, Object>> dueOf(String token, Map<String, String> window, String customer) {
        return due(token, window).stream().filter(item -> customer.equals(item.get("customerId"))).toList();
    }
}
