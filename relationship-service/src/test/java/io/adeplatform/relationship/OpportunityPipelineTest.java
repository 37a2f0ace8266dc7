package io.adeplatform.relationship;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.adeplatform.platform.testing.EventContracts;
import io.adeplatform.platform.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.adeplatform.relationship.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

/** Probability and close month of opportunities, the weighted pipeline by quarter, and the won event. */
@QuarkusTest
class OpportunityPipelineTest {

    static final String WON = "io.adeplatform.relationship.customer.opportunity-won.v1";

    private final String owner = "ada." + UUID.randomUUID();
    private final String exec = TestTokens.bearer(owner, "executive");

    @Test
    void weightedPipelineSumsValueTimesProbabilityOfOpenOpportunitiesPerQuarterAndCurrency() {
        String a = Api.customer(exec, "Pipeline Agency " + UUID.randomUUID());
        String b = Api.customer(exec, "Pipeline Board " + UUID.randomUUID());
        String stranger = TestTokens.bearer("sam." + UUID.randomUUID(), "executive");
        String c = Api.customer(stranger, "Someone else's " + UUID.randomUUID());

        // 2031-Q1: USD 100000.00 × 60 % = 60000.00; EUR 50000.00 × 25 % = 12500.00
        add(exec, a, "USD", "100000.00", 60, "2031-02");
        add(exec, a, "EUR", "50000.00", 25, "2031-03");
        // 2031-Q2: USD 33333.33 × 10 % = 3333.333 → 3333.33; EUR 10000.05 × 50 % = 5000.025 → 5000.02 (half-even);
        // USD 1000 without probability (month from its close date 2031-06-15) counts but adds nothing
        add(exec, a, "USD", "33333.33", 10, "2031-05");
        add(exec, a, "EUR", "10000.05", 50, "2031-06");
        Map<String, Object> unestimated = body("USD", "1000.00", null, null);
        unestimated.put("expectedCloseDate", "2031-06-15");
        as(exec).body(unestimated).post(opportunities(a)).then().statusCode(201)
                .body("expectedCloseMonth", equalTo("2031-06"));
        // lost and won ones are not pipeline any more
        String lost = add(exec, a, "USD", "80000.00", 50, "2031-04");
        move(a, lost, 0, "lost");
        String won = add(exec, a, "EUR", "20000.00", 90, "2031-05");
        winIt(a, won);
        // another customer of the same ADE: USD 200000.00 × 75 % = 150000.00 in 2031-Q1
        add(exec, b, "USD", "200000.00", 75, "2031-01");
        // someone else's customer never shows in this ADE's pipeline
        add(stranger, c, "USD", "999.00", 100, "2031-01");

        as(exec).queryParam("from", "2031-Q1").queryParam("quarters", 3).get("/api/customers/" + a + "/pipeline")
                .then().statusCode(200).body("customerId", equalTo(a))
                .body("quarters.quarter", contains("2031-Q1", "2031-Q2", "2031-Q3"))
                .body("quarters[0].firstMonth", equalTo("2031-01")).body("quarters[0].lastMonth", equalTo("2031-03"))
                .body("quarters[0].weighted", contains(money("12500.00", "EUR"), money("60000.00", "USD")))
                .body("quarters[0].openOpportunities", equalTo(2)).body("quarters[0].withoutProbability", equalTo(0))
                .body("quarters[1].weighted", contains(money("5000.02", "EUR"), money("3333.33", "USD")))
                .body("quarters[1].openOpportunities", equalTo(3)).body("quarters[1].withoutProbability", equalTo(1))
                .body("quarters[2].weighted", hasSize(0)).body("quarters[2].openOpportunities", equalTo(0));

        as(exec).queryParam("from", "2031-Q1").queryParam("quarters", 2).get("/api/pipeline").then().statusCode(200)
                .body("quarters[0].weighted", contains(money("12500.00", "EUR"), money("210000.00", "USD")))
                .body("quarters[0].openOpportunities", equalTo(3))
                .body("quarters[1].weighted", contains(money("5000.02", "EUR"), money("3333.33", "USD")));
        as(stranger).queryParam("from", "2031-Q1").queryParam("quarters", 1).get("/api/pipeline").then().statusCode(200)
                .body("quarters[0].weighted", contains(money("999.00", "USD")));
        as(stranger).get("/api/customers/" + a + "/pipeline").then().statusCode(404);
        as(TestTokens.bearer("nobody." + UUID.randomUUID(), "viewer")).queryParam("from", "2031-Q1")
                .get("/api/pipeline").then().statusCode(200).body("quarters", hasSize(4))
                .body("quarters[0].weighted", hasSize(0));
        // the current quarter and four quarters when not named
        as(exec).get("/api/customers/" + a + "/pipeline").then().statusCode(200).body("quarters", hasSize(4));

        for (String from : List.of("2031-Q5", "2031Q1", "Q1-2031")) {
            as(exec).queryParam("from", from).get("/api/pipeline").then().statusCode(400)
                    .body("errors.field", hasItem("from"));
        }
        for (int quarters : new int[] {0, 13}) {
            as(exec).queryParam("quarters", quarters).get("/api/pipeline").then().statusCode(400);
        }
    }

    @Test
    void probabilityAndCloseMonthAreValidatedAndRevisable() {
        String a = Api.customer(exec, "Validation Agency " + UUID.randomUUID());
        for (Object probability : new Object[] {-1, 101, 50.5, "60"}) {
            as(exec).body(body("USD", "10.00", probability, "2031-01")).post(opportunities(a)).then().statusCode(400)
                    .body("errors.field", hasItem("probability"));
        }
        for (Object month : new Object[] {"2031-13", "2031-00", "31-01", "2031-1", "2031-01-15", 202101}) {
            as(exec).body(body("USD", "10.00", 50, month)).post(opportunities(a)).then().statusCode(400)
                    .body("errors.field", hasItem("expectedCloseMonth"));
        }
        String id = add(exec, a, "USD", "10.00", 0, "2031-01");
        as(exec).get(opportunities(a) + "/" + id).then().statusCode(200).body("probability", equalTo(0))
                .body("expectedCloseMonth", equalTo("2031-01"));
        as(exec).header("If-Match", "\"0\"").body(body("USD", "10.00", 100, "2031-11")).put(opportunities(a) + "/" + id)
                .then().statusCode(200).body("probability", equalTo(100)).body("expectedCloseMonth", equalTo("2031-11"));
        as(exec).queryParam("from", "2031-Q4").queryParam("quarters", 1).get("/api/customers/" + a + "/pipeline")
                .then().statusCode(200).body("quarters[0].weighted", contains(money("10.00", "USD")));
    }

    @Test
    void winningPublishesOpportunityWonOnceWithoutUserNames() throws Exception {
        String a = Api.customer(exec, "Won Agency " + UUID.randomUUID());
        String id = add(exec, a, "EUR", "20000.50", 90, "2031-05");
        winIt(a, id);

        ConsumerRecord<String, String> record = Api.awaitEvent(a, WON, 1);
        JsonNode payload = new ObjectMapper().readTree(record.value());
        assertThat(payload.get("opportunityId").asText()).isEqualTo(id);
        assertThat(payload.get("customerId").asText()).isEqualTo(a);
        assertThat(payload.get("estimatedValue").get("amount").decimalValue()).isEqualByComparingTo("20000.50");
        assertThat(payload.get("estimatedValue").get("currency").asText()).isEqualTo("EUR");
        assertThat(payload.get("probability").asInt()).isEqualTo(90);
        assertThat(payload.get("expectedCloseMonth").asText()).isEqualTo("2031-05");
        assertThat(record.value()).doesNotContain(owner);

        String example = Files.readString(EventContracts.contractsDirectory()
                .resolve("events/relationship/customer-opportunity-won.v1.example.json"));
        assertThat(EventContracts.violations(WON, example)).isEmpty();
        assertThat(EventContracts.violations(WON, example.replace("\"probability\": 90", "\"probability\": 101")))
                .isNotEmpty();
    }

    private void winIt(String customer, String id) {
        move(customer, id, 0, "qualified");
        move(customer, id, 1, "proposed");
        move(customer, id, 2, "won");
    }

    private void move(String customer, String id, int version, String to) {
        as(exec).header("If-Match", "\"" + version + "\"").body(Map.of("to", to))
                .post(opportunities(customer) + "/" + id + "/transitions").then().statusCode(200);
    }

    private static String add(String token, String customer, String currency, String amount, Object probability,
                              Object month) {
        return as(token).body(body(currency, amount, probability, month)).post(opportunities(customer))
                .then().statusCode(201).extract().path("id");
    }

    private static Map<String, Object> body(String currency, String amount, Object probability, Object month) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Opportunity " + currency + " " + amount);
        body.put("estimatedValue", Map.of("amount", amount, "currency", currency));
        body.put("expectedCloseDate", "2031-12-31");
        body.put("probability", probability);
        body.put("expectedCloseMonth", month);
        return body;
    }

    private static Map<String, String> money(String amount, String currency) {
        return Map.of("amount", amount, "currency", currency);
    }

    private static String opportunities(String customer) {
        return "/api/customers/" + customer + "/account-plan/opportunities";
    }
}
