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

/** Every change of an opportunity (create, update, move, removal) publishes its whole state, valid per its schema. */
@QuarkusTest
class OpportunityChangedEventTest {

    static final String CHANGED = "io.adeplatform.relationship.customer.opportunity-changed.v1";

    private final String owner = "ada." + UUID.randomUUID();
    private final String exec = TestTokens.bearer(owner, "executive");

    @Test
    void createChangeMoveAndRemovePublishTheWholeStateInOrder() throws Exception {
        String customer = Api.customer(exec, "Changed Agency " + UUID.randomUUID());
        String kept = as(exec).body(body("120000.00", 40, "2031-04")).post(opportunities(customer))
                .then().statusCode(201).extract().path("id");
        as(exec).header("If-Match", "\"0\"").body(body("150000.50", 60, "2031-05"))
                .put(opportunities(customer) + "/" + kept).then().statusCode(200);
        as(exec).header("If-Match", "\"1\"").body(Map.of("to", "lost"))
                .post(opportunities(customer) + "/" + kept + "/transitions").then().statusCode(200);
        String removed = as(exec).body(body("10.00", null, "2031-06")).post(opportunities(customer))
                .then().statusCode(201).extract().path("id");
        as(exec).delete(opportunities(customer) + "/" + removed).then().statusCode(428);
        as(exec).header("If-Match", "\"5\"").delete(opportunities(customer) + "/" + removed).then().statusCode(412);
        String viewer = TestTokens.bearer("vic." + UUID.randomUUID(), "viewer");
        as(viewer).header("If-Match", "\"0\"").delete(opportunities(customer) + "/" + removed).then().statusCode(403);
        as(exec).header("If-Match", "\"0\"").delete(opportunities(customer) + "/" + removed).then().statusCode(204);
        as(exec).get(opportunities(customer) + "/" + removed).then().statusCode(404);
        // a lost opportunity is final: it stays
        as(exec).header("If-Match", "\"2\"").delete(opportunities(customer) + "/" + kept).then().statusCode(409);

        List<ConsumerRecord<String, String>> records = Api.awaitEvents(customer, CHANGED, 5);
        List<JsonNode> events = records.stream().map(r -> {
            assertThat(EventContracts.violations(CHANGED, r.value())).isEmpty();
            assertThat(r.value()).doesNotContain(owner);
            return read(r.value());
        }).toList();
        assertThat(events).extracting(e -> e.get("status").asText())
                .containsExactly("identified", "identified", "lost", "identified", "removed");
        assertThat(events).extracting(e -> e.get("version").asLong()).containsExactly(0L, 1L, 2L, 0L, 1L);
        JsonNode changed = events.get(1);
        assertThat(changed.get("opportunityId").asText()).isEqualTo(kept);
        assertThat(changed.get("customerId").asText()).isEqualTo(customer);
        assertThat(changed.get("estimatedValue").get("amount").decimalValue()).isEqualByComparingTo("150000.50");
        assertThat(changed.get("estimatedValue").get("currency").asText()).isEqualTo("USD");
        assertThat(changed.get("probability").asInt()).isEqualTo(60);
        assertThat(changed.get("expectedCloseMonth").asText()).isEqualTo("2031-05");
        assertThat(changed.get("changedAt").asText()).isNotBlank();
        assertThat(events.get(4).get("opportunityId").asText()).isEqualTo(removed);
        assertThat(events.get(4).get("probability").isNull()).isTrue();
        assertThat(records).allSatisfy(r -> assertThat(r.key()).isEqualTo(customer));

        String example = Files.readString(EventContracts.contractsDirectory()
                .resolve("events/relationship/customer-opportunity-changed.v1.example.json"));
        assertThat(EventContracts.violations(CHANGED, example)).isEmpty();
        assertThat(EventContracts.violations(CHANGED, example.replace("\"proposed\"", "\"archived\""))).isNotEmpty();
    }

    @Test
    void winningPublishesTheWonStateBesideOpportunityWon() {
        String customer = Api.customer(exec, "Won State Agency " + UUID.randomUUID());
        String id = as(exec).body(body("500.00", 90, "2031-02")).post(opportunities(customer))
                .then().statusCode(201).extract().path("id");
        int version = 0;
        for (String to : List.of("qualified", "proposed", "won")) {
            as(exec).header("If-Match", "\"" + version++ + "\"").body(Map.of("to", to))
                    .post(opportunities(customer) + "/" + id + "/transitions").then().statusCode(200);
        }
        JsonNode last = read(Api.awaitEvent(customer, CHANGED, 4).value());
        assertThat(last.get("status").asText()).isEqualTo("won");
        assertThat(last.get("version").asLong()).isEqualTo(3L);
        assertThat(EventContracts.violations(CHANGED, last.toString())).isEmpty();
        as(exec).header("If-Match", "\"3\"").delete(opportunities(customer) + "/" + id).then().statusCode(409);
    }

    private static JsonNode read(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> body(String amount, Integer probability, String month) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Opportunity " + amount);
        body.put("estimatedValue", Map.of("amount", amount, "currency", "USD"));
        body.put("expectedCloseDate", "2031-12-31");
        body.put("probability", probability);
        body.put("expectedCloseMonth", month);
        return body;
    }

    private static String opportunities(String customer) {
        return "/api/customers/" + customer + "/account-plan/opportunities";
    }
}
