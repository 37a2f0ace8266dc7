package io.adeplatform.billing;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.adeplatform.billing.Fixtures.*;
import static io.adeplatform.platform.testing.ProblemAnswers.refused;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14's hostile bodies and parameters against billing: each one a 4xx problem in the API's words, answered in
 * seconds, and nothing stored.
 */
@QuarkusTest
class HostileInputTest {

    private static final String CONTRACTS = "/api/contracts";

    private static int contractsOf(UUID customer) {
        return as(EXEC).get(CONTRACTS + "?customerId=" + customer).then().statusCode(200).extract().path("items.size()");
    }

    /** A valid contract body with {@code schedule} as the fixed-fee line's raw JSON schedule. */
    private static String contractWithSchedule(UUID customer, String schedule) {
        return "{\"customerId\":\"" + customer + "\",\"title\":\"Hostile\",\"currency\":\"USD\",\"lines\":[{"
                + "\"description\":\"Fixed\",\"billingMethod\":\"fixed-fee\",\"value\":{\"amount\":\"100\",\"currency\":\"USD\"},"
                + "\"schedule\":" + schedule + "}]}";
    }

    @Test
    void aHundredThousandScheduleItemsAreRefusedWhileReadingTheBody() {
        UUID customer = customer("enterprise");
        String schedule = "[" + "{},".repeat(99_999) + "{}]";
        long start = System.nanoTime();
        List<String> fields = refused(as(EXEC).body(contractWithSchedule(customer, schedule)).post(CONTRACTS), 400);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        assertThat(fields).containsExactly("lines[0].schedule");
        assertThat(contractsOf(customer)).isZero();
    }

    /** An exponent that would make a huge BigDecimal, as the decimal string money is or as a (refused) number. */
    @Test
    void anUnboundedAmountIsRefusedAtOnce() {
        UUID customer = customer("enterprise");
        for (String amount : List.of("\"1E-999999999\"", "1E-999999999")) {
            long start = System.nanoTime();
            List<String> fields = refused(as(EXEC).body(contractWithSchedule(customer,
                    "[{\"dueDate\":\"2026-04-30\",\"amount\":{\"amount\":" + amount + ",\"currency\":\"USD\"}}]"))
                    .post(CONTRACTS), 400);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
            assertThat(fields).as(amount).containsExactly("lines[0].schedule[0].amount.amount");
        }
        assertThat(contractsOf(customer)).isZero();
    }

    /** Money on the wire is a decimal string: a JSON number, even a plain one, is a 400 naming the field. */
    @Test
    void aMoneyAmountAsAJsonNumberIsRefused() {
        UUID customer = customer("enterprise");
        assertThat(refused(as(EXEC).body(contractWithSchedule(customer,
                "[{\"dueDate\":\"2026-04-30\",\"amount\":{\"amount\":100,\"currency\":\"USD\"}}]")).post(CONTRACTS), 400))
                .containsExactly("lines[0].schedule[0].amount.amount");
        assertThat(contractsOf(customer)).isZero();
    }

    @Test
    void unknownCurrenciesAndOutOfRangeDatesAreRefused() {
        UUID customer = customer("enterprise");
        assertThat(refused(as(EXEC).body(contractWithSchedule(customer,
                "[{\"dueDate\":\"2026-04-30\",\"amount\":{\"amount\":\"100\",\"currency\":\"XXQ\"}}]")).post(CONTRACTS), 400))
                .containsExactly("lines[0].schedule[0].amount.currency");
        Map<String, Object> contract = contract(customer, null, List.of(tmLine(null, "1000", null)));
        contract.put("currency", "XXQ");
        assertThat(refused(as(EXEC).body(contract).post(CONTRACTS), 400)).contains("currency");
        for (String date : List.of("0000-01-01", "+999999999-12-31")) {
            assertThat(refused(as(EXEC).body(contractWithSchedule(customer,
                    "[{\"dueDate\":\"" + date + "\",\"amount\":{\"amount\":\"100\",\"currency\":\"USD\"}}]")).post(CONTRACTS), 400))
                    .containsExactly("lines[0].schedule[0].dueDate");
        }
        assertThat(contractsOf(customer)).isZero();
    }

    @Test
    void controlCharactersInPathAndQueryAndAHugePageAreRefused() {
        assertThat(refused(as(EXEC).urlEncodingEnabled(false).get(CONTRACTS + "/abc%00def"), 400)).containsExactly("id");
        assertThat(refused(as(EXEC).urlEncodingEnabled(false).get(CONTRACTS + "?status=draft%00"), 400)).containsExactly("status");
        assertThat(refused(as(EXEC).get(CONTRACTS + "?page=2147483647&limit=200"), 400)).containsExactly("page");
    }

    @Test
    void rateTimesHoursBeyondTheMoneyColumnIsARuleViolation() {
        UUID customer = customer("enterprise");
        UUID engagement = engagement(customer);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> as(VIEWER)
                .get("/api/billing/engagements/" + engagement + "/profitability").statusCode() == 200);
        Map<String, Object> line = tmLine(engagement, "1000", null);
        line.put("rateCard", List.of(Map.of("role", "architect", "billRate", money("999999999999999"),
                "costRate", money("1"))));
        String contractId = create(contract(customer, null, List.of(line)));
        activate(contractId);
        Map<String, Object> entry = Map.of("engagementId", engagement, "person", "pat.person", "role", "architect",
                "date", "2026-03-10", "hours", new java.math.BigDecimal("24"));
        io.restassured.response.Response answer = as(DM).body(entry).post("/api/billing/time-entries");
        refused(answer, 422);
        assertThat(answer.<String>path("type")).endsWith("/amount-out-of-range");
        assertThat(answer.<String>path("detail")).startsWith("the bill amount (hours × bill rate) would be 23999999999999976");
        assertThat(as(VIEWER).get("/api/billing/time-entries?engagementId=" + engagement).<List<?>>path("items")).isEmpty();
    }
}
