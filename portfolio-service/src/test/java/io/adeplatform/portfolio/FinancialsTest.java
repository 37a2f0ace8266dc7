package io.adeplatform.portfolio;

import io.adeplatform.platform.testing.MutableClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static io.adeplatform.portfolio.Fixtures.DM;
import static io.adeplatform.portfolio.Fixtures.EXEC;
import static io.adeplatform.portfolio.Fixtures.FINANCE;
import static io.adeplatform.portfolio.Fixtures.OUTSIDER;
import static io.adeplatform.portfolio.Fixtures.VIEWER;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class FinancialsTest {

    private static RequestSpecification as(String token) {
        return given().header("Authorization", token).config(RestAssured.config().jsonConfig(
                JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL)));
    }

    private static org.hamcrest.Matcher<BigDecimal> is(String value) {
        return comparesEqualTo(new BigDecimal(value));
    }

    @Test
    void earnedValueFromCostsAndPercentComplete() {
        // 100 days from start to end, today is day 50: PV = 50,000.00 of BAC 100,000
        String id = halfWayThrough("EVM");
        String base = "/api/engagements/" + id;

        as(EXEC).get(base + "/financials").then().statusCode(200)
                .body("bac.amount", equalTo("100000.00")).body("pv.amount", equalTo("50000.00")).body("ev.amount", equalTo("0.00"))
                .body("cpi", nullValue()).body("spi", is("0")).body("eac.amount", equalTo("100000.00"));

        // percent complete: If-Match required, validated
        as(EXEC).contentType(ContentType.JSON).body(Map.of("percentComplete", 40)).put(base + "/progress")
                .then().statusCode(428);
        as(EXEC).header("If-Match", "\"42\"").contentType(ContentType.JSON).body(Map.of("percentComplete", 40))
                .put(base + "/progress").then().statusCode(412);
        as(EXEC).header("If-Match", Fixtures.etag(base)).contentType(ContentType.JSON).body(Map.of("percentComplete", 140))
                .put(base + "/progress").then().statusCode(400).body("errors.field", hasItem("percentComplete"));
        as(DM).header("If-Match", Fixtures.etag(base)).contentType(ContentType.JSON).body(Map.of("percentComplete", 40))
                .put(base + "/progress").then().statusCode(200).body("percentComplete", is("40.00"));

        // costs: finance may record them; currency must match; zero is refused; viewers cannot
        String key = UUID.randomUUID().toString();
        Map<String, Object> cost = Map.of("date", Fixtures.today().minusDays(10).toString(),
                "amount", Map.of("amount", "30000.00", "currency", "USD"), "description", "Sprint 1-3 labour");
        String entry = as(FINANCE).header("Idempotency-Key", key).contentType(ContentType.JSON).body(cost)
                .post(base + "/costs").then().statusCode(201).body("amount.amount", equalTo("30000.00"))
                .extract().header("Location");
        // the Location names the entry, which reads back (and stays hidden from outsiders)
        as(VIEWER).get(entry).then().statusCode(200).body("amount.amount", equalTo("30000.00"))
                .body("description", equalTo("Sprint 1-3 labour")).body("source", equalTo("manual"));
        as(OUTSIDER).get(entry).then().statusCode(404);
        as(FINANCE).header("Idempotency-Key", key).contentType(ContentType.JSON).body(cost).post(base + "/costs")
                .then().statusCode(201).header("Idempotent-Replayed", "true");
        as(DM).contentType(ContentType.JSON).body(Map.of("date", Fixtures.today().toString(),
                "amount", Map.of("amount", "20000.00", "currency", "USD"), "description", "Cloud subscription")).post(base + "/costs")
                .then().statusCode(201);
        as(DM).contentType(ContentType.JSON).body(Map.of("date", Fixtures.today().toString(),
                "amount", Map.of("amount", "5.00", "currency", "EUR"), "description", "Wrong currency")).post(base + "/costs")
                .then().statusCode(422).body("type", equalTo("https://adeplatform.io/problems/currency-mismatch"));
        as(DM).contentType(ContentType.JSON).body(Map.of("date", Fixtures.today().toString(),
                "amount", Map.of("amount", "0.00", "currency", "USD"), "description", "Nothing")).post(base + "/costs")
                .then().statusCode(400);
        as(DM).contentType(ContentType.JSON).body(Map.of("amount", Map.of("amount", "1.00", "currency", "USD"), "description", "No date"))
                .post(base + "/costs").then().statusCode(400).body("errors.field", hasItem("date"));
        as(VIEWER).contentType(ContentType.JSON).body(cost).post(base + "/costs").then().statusCode(403);
        as(OUTSIDER).get(base + "/costs").then().statusCode(404);
        as(EXEC).get(base + "/costs").then().statusCode(200).body("items", hasSize(2))
                .body("items.amount.amount", equalTo(java.util.List.of("30000.00", "20000.00")));

        // worked example: EV = 40 % × 100,000 = 40,000; AC = 50,000; PV = 50,000
        // CV = −10,000; SV = −10,000; CPI = 0.8; SPI = 0.8; EAC = 125,000; ETC = 75,000; VAC = −25,000
        as(VIEWER).get(base + "/financials").then().statusCode(200)
                .body("pv.amount", equalTo("50000.00")).body("ev.amount", equalTo("40000.00")).body("ac.amount", equalTo("50000.00"))
                .body("cv.amount", equalTo("-10000.00")).body("sv.amount", equalTo("-10000.00"))
                .body("cpi", is("0.8")).body("spi", is("0.8"))
                .body("eac.amount", equalTo("125000.00")).body("etc.amount", equalTo("75000.00")).body("vac.amount", equalTo("-25000.00"))
                .body("eac.currency", equalTo("USD"));
        // on the end date everything is planned: PV = 100,000, SPI = 0.4
        as(EXEC).queryParam("asOf", Fixtures.today().plusDays(50).toString()).get(base + "/financials").then().statusCode(200)
                .body("pv.amount", equalTo("100000.00")).body("spi", is("0.4"));
        as(EXEC).queryParam("asOf", "yesterday").get(base + "/financials").then().statusCode(400)
                .body("errors.field", hasItem("asOf"));
        // CPI 0.8 and SPI 0.8 are below 0.90: budget and schedule red
        as(EXEC).get(base + "/health").then().statusCode(200)
                .body("schedule.rag", equalTo("red")).body("budget.rag", equalTo("red"))
                .body("budget.reasons", hasItem("CPI 0.8000 is below 0.90"));
        as(EXEC).get(base).then().body("health", equalTo("red"));
    }

    @Test
    void asOfAppliesToEveryFigure() {
        String id = halfWayThrough("EVM as of");
        String base = "/api/engagements/" + id;
        Instant now = Instant.now();
        try {
            // progress recorded 20 days ago (10 %), 5 days ago (30 %) and today (40 %)
            clock.set(now.minus(Duration.ofDays(20)));
            progress(base, 10);
            clock.set(now.minus(Duration.ofDays(5)));
            progress(base, 30);
        } finally {
            clock.reset();
        }
        progress(base, 40);
        // cost entries dated 30 days ago, 10 days ago and today
        cost(base, Fixtures.today().minusDays(30), "10000");
        cost(base, Fixtures.today().minusDays(10), "20000");
        cost(base, Fixtures.today(), "5000");

        // 25 days ago: PV 25 of 100 days; no progress recorded yet (0 % before the first change); AC the first entry
        asOf(base, 25).body("pv.amount", equalTo("25000.00")).body("percentComplete", is("0")).body("ev.amount", equalTo("0.00"))
                .body("ac.amount", equalTo("10000.00"));
        asOf(base, 20).body("percentComplete", is("10")).body("ev.amount", equalTo("10000.00")).body("ac.amount", equalTo("10000.00"))
                .body("cpi", is("1"));
        asOf(base, 10).body("percentComplete", is("10")).body("ac.amount", equalTo("30000.00"));
        asOf(base, 5).body("pv.amount", equalTo("45000.00")).body("percentComplete", is("30")).body("ev.amount", equalTo("30000.00"))
                .body("ac.amount", equalTo("30000.00")).body("cpi", is("1"));
        asOf(base, 0).body("pv.amount", equalTo("50000.00")).body("percentComplete", is("40")).body("ac.amount", equalTo("35000.00"));
        // an entry dated in the future does not count today
        cost(base, Fixtures.today().plusDays(3), "1000");
        as(EXEC).get(base + "/financials").then().statusCode(200).body("ac.amount", equalTo("35000.00"));
    }

    @Inject
    MutableClock clock;

    /** 100 days from start to end, today is day 50: PV = 50,000.00 of BAC 100,000. */
    private static String halfWayThrough(String name) {
        Map<String, Object> body = Fixtures.engagementBody(Fixtures.customer(), name);
        body.put("startDate", Fixtures.today().minusDays(50).toString());
        body.put("endDate", Fixtures.today().plusDays(50).toString());
        return Fixtures.createEngagement(body).path("id");
    }

    private static void progress(String base, int percent) {
        as(DM).header("If-Match", Fixtures.etag(base)).contentType(ContentType.JSON).body(Map.of("percentComplete", percent))
                .put(base + "/progress").then().statusCode(200);
    }

    private static void cost(String base, LocalDate date, String amount) {
        as(FINANCE).contentType(ContentType.JSON).body(Map.of("date", date.toString(),
                "amount", Map.of("amount", amount, "currency", "USD"), "description", "labour")).post(base + "/costs")
                .then().statusCode(201);
    }

    private static io.restassured.response.ValidatableResponse asOf(String base, int daysAgo) {
        return as(EXEC).queryParam("asOf", Fixtures.today().minusDays(daysAgo).toString()).get(base + "/financials")
                .then().statusCode(200);
    }
}
