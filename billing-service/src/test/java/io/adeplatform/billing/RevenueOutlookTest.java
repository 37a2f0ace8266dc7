package io.adeplatform.billing;

import io.adeplatform.platform.testing.MutableClock;
import io.adeplatform.platform.testing.TestCustomers;
import io.adeplatform.platform.testing.TestKafka;
import io.adeplatform.platform.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.adeplatform.billing.Fixtures.*;
import static io.adeplatform.billing.OutlookFixtures.*;
import static io.adeplatform.platform.testing.TestCustomers.member;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

/**
 * The revenue outlook with figures computed by hand: one active USD contract (time and materials, fixed fee,
 * milestones) with real time entries, progress reports and portfolio's milestone events, and relationship's
 * opportunities published on the real topic. The clock stands at 2032-05-15 (the current month is May 2032); the
 * customers' team has a viewer of its own, so the portfolio holds only this test's customers.
 */
@QuarkusTest
class RevenueOutlookTest {

    private static final String ENGAGEMENT_TOPIC = "portfolio.engagement.events";

    @Inject
    MutableClock clock;

    private final String reader = "pia.portfolio." + UUID.randomUUID();

    @BeforeEach
    void pinTheClock() {
        at("2032-05-15");
    }

    @AfterEach
    void releaseTheClock() {
        clock.reset();
    }

    @Test
    void forecastPartsBacklogTargetsAndAttainmentAddUpByHand() {
        UUID customer = customer();
        UUID engagement = engagement(customer);
        String contractId = create(contract(customer, null, List.of(
                tmLine(engagement, "18000", "20000"),
                fixedLine(engagement, "12000", List.of(installment("2032-03-31", "6000"),
                        installment("2032-06-30", "3000"), installment("2032-08-31", "3000"))),
                milestoneLine(engagement, "9000", List.of(Map.of("name", "Design", "amount", money("3000")),
                        Map.of("name", "Build", "amount", money("4000")),
                        Map.of("name", "Handover", "amount", money("2000")))))));
        at("2032-01-10");
        activate(contractId);
        String fixedLineId = as(VIEWER).get("/api/contracts/" + contractId).path("lines[1].id");

        // approved time: Feb 2,000 (architect 10 h × 200), Mar 1,200 (engineer 8 h × 150), Apr 1,800 (architect 9 h),
        // May 600 (engineer 4 h); approved in May (recognition goes by work date)
        at("2032-05-15");
        for (String[] t : new String[][] {{"architect", "10", "2032-02-10"}, {"engineer", "8", "2032-03-05"},
                {"architect", "9", "2032-04-20"}, {"engineer", "4", "2032-05-03"}}) {
            String id = as(DM).body(timeEntry(engagement, t[0], t[1], t[2])).post("/api/billing/time-entries")
                    .then().statusCode(201).extract().path("id");
            transition(as(FINANCE), "/api/billing/time-entries/" + id, "approved").then().statusCode(200);
        }
        // fixed fee 12,000: 25 % reported in March (3,000), 40 % in May (4,800: 1,800 more in May)
        at("2032-03-20");
        progress(contractId, fixedLineId, "25");
        at("2032-05-15");
        progress(contractId, fixedLineId, "40");
        // Design accepted in March (3,000); Build planned due in July; Handover has no planned date
        TestKafka.sendCloudEvent(ENGAGEMENT_TOPIC, UUID.randomUUID(),
                "io.adeplatform.portfolio.engagement.milestone-planned.v1", engagement.toString(),
                "{\"engagementId\":\"" + engagement + "\",\"customerId\":\"" + customer + "\",\"milestoneId\":\""
                        + UUID.randomUUID() + "\",\"name\":\"Build\",\"dueDate\":\"2032-07-15\",\"amount\":null}");
        TestKafka.sendCloudEvent(ENGAGEMENT_TOPIC, UUID.randomUUID(),
                "io.adeplatform.portfolio.engagement.milestone-accepted.v1", engagement.toString(),
                "{\"engagementId\":\"" + engagement + "\",\"customerId\":\"" + customer + "\",\"milestoneId\":\""
                        + UUID.randomUUID() + "\",\"name\":\"Design\",\"amount\":null,\"contractRef\":null,"
                        + "\"acceptedAt\":\"2032-03-10T10:00:00Z\",\"acceptedBy\":\"cio@customer.example\"}");

        // pipeline: 100,000 × 40 % (the second version; a stale first version arriving late changes nothing) in
        // August; 50,000.50 × 25 % = 12,500.125 → 12,500.12 (half-even), its February close month past: in May;
        // a removed and a won one count nowhere; EUR 20,000 × 50 % in its own series
        UUID upsell = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        opportunity(eventId, upsell, customer, "proposed", "100000", "USD", 30, "2032-08", 0);
        opportunity(eventId, upsell, customer, "proposed", "100000", "USD", 30, "2032-08", 0); // redelivery
        opportunity(UUID.randomUUID(), upsell, customer, "proposed", "100000", "USD", 40, "2032-08", 1);
        opportunity(UUID.randomUUID(), upsell, customer, "qualified", "100000", "USD", 10, "2032-08", 0); // stale
        opportunity(UUID.randomUUID(), UUID.randomUUID(), customer, "identified", "50000.50", "USD", 25, "2032-02", 0);
        UUID removed = UUID.randomUUID();
        opportunity(UUID.randomUUID(), removed, customer, "proposed", "80000", "USD", 50, "2032-09", 0);
        opportunity(UUID.randomUUID(), removed, customer, "removed", "80000", "USD", 50, "2032-09", 1);
        opportunity(UUID.randomUUID(), UUID.randomUUID(), customer, "won", "70000", "USD", 90, "2032-06", 4);
        opportunity(UUID.randomUUID(), UUID.randomUUID(), customer, "proposed", "20000", "EUR", 50, "2032-10", 2);

        String forecast = "/api/billing/revenue-forecast/" + customer;
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> as(VIEWER).queryParam("from", "2032-01")
                .get(forecast).then().statusCode(200)
                .body("series.currency", contains("EUR", "USD"))
                .body("series[1].months[2].recognised.amount", equalTo("7200.00"))
                .body("series[1].months[6].milestones.amount", equalTo("4000.00"))
                .body("series[1].months[4].weightedPipeline.amount", equalTo("12500.12")));

        var answer = as(VIEWER).queryParam("from", "2032-01").get(forecast).then().statusCode(200)
                .body("customerId", equalTo(customer.toString())).body("from", equalTo("2032-01"))
                .body("to", equalTo("2032-12")).body("currentMonth", equalTo("2032-05"))
                .body("series[0].months[9].weightedPipeline.amount", equalTo("10000.00"))
                .body("series[0].months[9].total.amount", equalTo("10000.00"))
                .body("series[0].backlog.amount", equalTo("0.00"))
                // backlog: T&M 18,000 − 5,600 + fixed 12,000 − 4,800 + milestones 9,000 − 3,000
                .body("series[1].backlog.amount", equalTo("25600.00"))
                .body("series[1].undatedMilestones.amount", equalTo("2000.00"))
                .body("series[1].months", hasSize(12))
                .extract().jsonPath();
        // month → recognised, milestones, fixedFee, timeAndMaterials (run-rate 5,000 / 3, up to the 20,000 limit),
        // weightedPipeline, total
        String[][] usd = {
                {"2032-01", "0.00", "0.00", "0.00", "0.00", "0.00", "0.00"},
                {"2032-02", "2000.00", "0.00", "0.00", "0.00", "0.00", "2000.00"},
                {"2032-03", "7200.00", "0.00", "0.00", "0.00", "0.00", "7200.00"},
                {"2032-04", "1800.00", "0.00", "0.00", "0.00", "0.00", "1800.00"},
                // May: 600 + 1,800 recognised; 1,200 of the March installment not covered by recognition; the
                // run-rate less the 600 approved in May
                {"2032-05", "2400.00", "0.00", "1200.00", "1066.67", "12500.12", "17166.79"},
                {"2032-06", "0.00", "0.00", "3000.00", "1666.67", "0.00", "4666.67"},
                {"2032-07", "0.00", "4000.00", "0.00", "1666.67", "0.00", "5666.67"},
                {"2032-08", "0.00", "0.00", "3000.00", "1666.67", "40000.00", "44666.67"},
                {"2032-09", "0.00", "0.00", "0.00", "1666.67", "0.00", "1666.67"},
                {"2032-10", "0.00", "0.00", "0.00", "1666.67", "0.00", "1666.67"},
                {"2032-11", "0.00", "0.00", "0.00", "1666.67", "0.00", "1666.67"},
                {"2032-12", "0.00", "0.00", "0.00", "1666.67", "0.00", "1666.67"}};
        String[] parts = {"recognised", "milestones", "fixedFee", "timeAndMaterials", "weightedPipeline", "total"};
        for (int m = 0; m < usd.length; m++) {
            String month = "series[1].months[" + m + "]";
            assertThat(answer.getString(month + ".month")).isEqualTo(usd[m][0]);
            BigDecimal sum = BigDecimal.ZERO;
            for (int p = 0; p < parts.length; p++) {
                assertThat(answer.getString(month + "." + parts[p] + ".amount")).as(usd[m][0] + " " + parts[p])
                        .isEqualTo(usd[m][p + 1]);
                assertThat(answer.getString(month + "." + parts[p] + ".currency")).isEqualTo("USD");
                sum = p < parts.length - 1 ? sum.add(new BigDecimal(usd[m][p + 1])) : sum;
            }
            assertThat(sum).isEqualByComparingTo(usd[m][6]); // the parts add up to the total
        }
        // the T&M line stops at its limit: 20,000 − 5,600 recognised = 14,400 = 1,066.67 + 8 × 1,666.67 (rounded)
        as(VIEWER).queryParam("from", "2033-01").queryParam("months", 2).get(forecast).then().statusCode(200)
                .body("series.currency", contains("USD")) // the EUR pipeline is in October 2032
                .body("series[0].months[0].timeAndMaterials.amount", equalTo("1666.67"))
                .body("series[0].months[1].timeAndMaterials.amount", equalTo("0.00"));

        // the portfolio: this customer and a second one of the same team (pipeline 10,000 × 10 % in June)
        UUID second = customer();
        opportunity(UUID.randomUUID(), UUID.randomUUID(), second, "qualified", "10000", "USD", 10, "2032-06", 0);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> as(reader).queryParam("from", "2032-05")
                .queryParam("months", 2).get("/api/billing/revenue-forecast").then().statusCode(200)
                .body("customerId", nullValue()).body("series.currency", contains("USD")) // no EUR in May or June
                .body("series[0].months[1].weightedPipeline.amount", equalTo("1000.00"))
                .body("series[0].months[1].total.amount", equalTo("5666.67"))
                .body("series[0].months[0].total.amount", equalTo("17166.79"))
                .body("series[0].backlog.amount", equalTo("25600.00")));
        // someone on no team sees nothing: an empty portfolio, 404 for the customer
        as(OUTSIDER).get("/api/billing/revenue-forecast").then().statusCode(200).body("series", hasSize(0));
        as(OUTSIDER).get(forecast).then().statusCode(404);
        as(VIEWER).get("/api/billing/revenue-forecast/" + UUID.randomUUID()).then().statusCode(404);
        // the current month and twelve months when not named
        as(VIEWER).get(forecast).then().statusCode(200).body("from", equalTo("2032-05")).body("to", equalTo("2033-04"));

        // a target for FY2032 (July 2031 to June 2032): recognised 2,000 + 7,200 + 1,800 + 2,400 = 13,400 (44.67 %);
        // to year end 13,400 + May's forecast 14,766.79 + June's 4,666.67 = 32,833.46 (109.44 %)
        String target = "/api/billing/revenue-targets/" + customer + "/2032";
        String targets = "/api/billing/revenue-targets";
        as(VIEWER).body(newTarget(customer, 2032, "30000.00")).post(targets).then().statusCode(403);
        as(DM).body(newTarget(customer, 2032, "30000.00")).post(targets).then().statusCode(403);
        as(OUTSIDER).body(newTarget(customer, 2032, "30000.00")).post(targets).then().statusCode(404);
        as(FINANCE).get(target).then().statusCode(404);
        as(FINANCE).header("If-Match", "\"0\"").body(targetBody("25000.00", "USD")).put(target).then().statusCode(404);
        String attainment = "/api/billing/revenue-attainment/" + customer;
        as(VIEWER).queryParam("fiscalYear", 2032).get(attainment).then().statusCode(200)
                .body("target", nullValue()).body("currencies[0].currency", equalTo("USD"))
                .body("currencies[0].recognised.amount", equalTo("13400.00"))
                .body("currencies[0].recognisedPercentOfTarget", nullValue());
        String key = UUID.randomUUID().toString();
        String etag = as(FINANCE).header("Idempotency-Key", key).body(newTarget(customer, 2032, "25000.00"))
                .post(targets).then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith(target))
                .body("fiscalYear", equalTo(2032)).body("firstMonth", equalTo("2031-07"))
                .body("lastMonth", equalTo("2032-06")).body("target.amount", equalTo("25000.00"))
                .body("setBy", equalTo(FINANCE)).extract().header("ETag");
        as(FINANCE).header("Idempotency-Key", key).body(newTarget(customer, 2032, "25000.00")).post(targets)
                .then().statusCode(201).header("Idempotent-Replayed", "true");
        as(EXEC).body(newTarget(customer, 2032, "26000.00")).post(targets).then().statusCode(409)
                .body("type", org.hamcrest.Matchers.endsWith("target-exists"));
        as(VIEWER).header("If-Match", etag).body(targetBody("30000.00", "USD")).put(target).then().statusCode(403);
        as(OUTSIDER).header("If-Match", etag).body(targetBody("30000.00", "USD")).put(target).then().statusCode(404);
        as(EXEC).body(targetBody("30000.00", "USD")).put(target).then().statusCode(428);
        as(EXEC).header("If-Match", "\"7\"").body(targetBody("30000.00", "USD")).put(target).then().statusCode(412);
        as(EXEC).header("If-Match", etag).body(targetBody("30000.00", "USD")).put(target).then().statusCode(200)
                .body("target.amount", equalTo("30000.00")).body("version", equalTo(1)).body("setBy", equalTo(EXEC));
        as(VIEWER).get(target).then().statusCode(200).header("ETag", "\"1\"");
        as(VIEWER).queryParam("fiscalYear", "2032").get(attainment).then().statusCode(200)
                .body("fiscalYear", equalTo(2032)).body("firstMonth", equalTo("2031-07"))
                .body("target.amount", equalTo("30000.00")).body("currencies", hasSize(1))
                .body("currencies[0].recognised.amount", equalTo("13400.00"))
                .body("currencies[0].forecastToYearEnd.amount", equalTo("32833.46"))
                .body("currencies[0].recognisedPercentOfTarget", equalTo(44.67f))
                .body("currencies[0].forecastPercentOfTarget", equalTo(109.44f));
        // the current fiscal year (FY2032) when not named; EUR pipeline of October belongs to FY2033
        as(VIEWER).get(attainment).then().statusCode(200).body("fiscalYear", equalTo(2032));
        as(VIEWER).queryParam("fiscalYear", 2033).get(attainment).then().statusCode(200)
                .body("currencies.currency", contains("EUR", "USD"))
                .body("currencies[0].forecastToYearEnd.amount", equalTo("10000.00"));
        as(OUTSIDER).get(attainment).then().statusCode(404);

        // bad input is a 400 naming the parameter, or a 422 for a rule
        for (String from : List.of("2032-13", "2032-1", "May 2032", "2032-05-01")) {
            as(VIEWER).queryParam("from", from).get(forecast).then().statusCode(400);
        }
        for (int months : new int[] {0, 37}) {
            as(VIEWER).queryParam("months", months).get("/api/billing/revenue-forecast").then().statusCode(400);
        }
        as(VIEWER).queryParam("months", "many").get(forecast).then().statusCode(400);
        as(VIEWER).queryParam("fiscalYear", "FY32").get(attainment).then().statusCode(400);
        as(FINANCE).header("If-Match", etag).body(targetBody("1.00", "USD"))
                .put("/api/billing/revenue-targets/" + customer + "/20x2").then().statusCode(400);
        as(FINANCE).get("/api/billing/revenue-targets/" + customer + "/1899").then().statusCode(400);
        as(FINANCE).body(newTarget(customer, 2040, "0.00")).post(targets).then().statusCode(422);
        as(FINANCE).body(newTarget(customer, 1800, "10.00")).post(targets).then().statusCode(400);
        as(FINANCE).body(Map.of("customerId", customer, "fiscalYear", 2040,
                "target", Map.of("amount", 5, "currency", "USD"))).post(targets).then().statusCode(400);
        as(FINANCE).body(Map.of("customerId", customer, "fiscalYear", "2040",
                "target", Map.of("amount", "5.00", "currency", "USD"))).post(targets).then().statusCode(400);
        as(FINANCE).body(Map.of("customerId", customer, "fiscalYear", 2040)).post(targets).then().statusCode(400);
        as(FINANCE).header("If-Match", "\"1\"").body(Map.of()).put(target).then().statusCode(400);
    }

    @Test
    void malformedOpportunityEventIsADeadLetter() {
        UUID customer = customer();
        String bad = "{\"opportunityId\":\"" + UUID.randomUUID() + "\",\"customerId\":\"" + customer
                + "\",\"name\":\"Bad\",\"status\":\"archived\",\"estimatedValue\":{\"amount\":1,\"currency\":\"USD\"},"
                + "\"probability\":10,\"expectedCloseMonth\":\"2032-06\",\"version\":0,\"changedAt\":\"2032-05-01T10:00:00Z\"}";
        UUID id = UUID.randomUUID();
        TestKafka.sendCloudEvent(CUSTOMER_TOPIC, id, CHANGED, customer.toString(), bad);
        assertThat(TestKafka.await(CUSTOMER_TOPIC + ".billing-service.opportunity-projection.dlq",
                r -> id.toString().equals(TestKafka.header(r, "ce_id")), 1, Duration.ofSeconds(60))).hasSize(1);
    }

    /** A customer whose team holds the users the contract lifecycle needs and this test's own reader. */
    private UUID customer() {
        return TestCustomers.register(PROJECTION, "Outlook " + UUID.randomUUID(), "enterprise",
                member(EXEC, "executive"), member(EXEC2, "executive"), member(FINANCE, "finance"),
                member(DM, "delivery-manager"), member(VIEWER, "viewer"), member(reader, "viewer"));
    }

    private void at(String date) {
        clock.set(Instant.parse(date + "T10:00:00Z"));
    }

    private static RequestSpecification as(String user) {
        String token = user.startsWith("pia.portfolio.") ? TestTokens.bearer(user, "viewer") : bearer(user);
        return given().header("Authorization", token).contentType(ContentType.JSON);
    }
}
