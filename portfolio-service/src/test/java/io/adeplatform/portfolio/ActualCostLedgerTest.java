package io.adeplatform.portfolio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.adeplatform.platform.testing.EventContracts;
import io.adeplatform.platform.testing.TestKafka;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.adeplatform.portfolio.Fixtures.EXEC;
import static io.adeplatform.portfolio.Fixtures.FINANCE;
import static io.adeplatform.portfolio.Fixtures.TOPIC;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/**
 * The one actual-cost ledger (issue 16, point 7): billing's approved time entries become cost entries once per time
 * entry, with their source; every cost entry recorded (from billing or the API) publishes the engagement's new AC.
 */
@QuarkusTest
class ActualCostLedgerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String APPROVED = "io.adeplatform.billing.contract.time-entry-approved.v1";
    private static final String AC_CHANGED = "io.adeplatform.portfolio.engagement.actual-cost-changed.v1";

    /** A payload in the shape of billing's contract-time-entry-approved.v1 example. */
    private static String approved(UUID timeEntry, String contract, String customer, String engagement, String cost,
                                   String currency) {
        return """
                {"timeEntryId": "%s", "contractId": "%s", "customerId": "%s", "engagementId": "%s",
                 "person": "pat.person", "role": "architect", "workDate": "2026-03-10", "hours": 10.0, "billable": true,
                 "cost": {"amount": %s, "currency": "%s"}, "approvedBy": "fay.finance", "approvedAt": "2026-03-12T09:30:00Z"}
                """.formatted(timeEntry, contract, customer, engagement, cost, currency);
    }

    private static List<Map<String, Object>> costs(String engagement) {
        return given().header("Authorization", EXEC).get("/api/engagements/" + engagement + "/costs").then()
                .statusCode(200).extract().path("items");
    }

    @Test
    void approvedTimeIsRecordedOnceAndEveryCostEntryPublishesTheNewActualCost() throws Exception {
        String customer = Fixtures.customer();
        String id = Fixtures.engagement(customer);
        String contract = UUID.randomUUID().toString();
        UUID first = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        TestKafka.sendCloudEvent("billing.contract.events", eventId, APPROVED, contract,
                approved(first, contract, customer, id, "1200.00", "USD"));
        TestKafka.sendCloudEvent("billing.contract.events", eventId, APPROVED, contract, // redelivered
                approved(first, contract, customer, id, "1200.00", "USD"));
        TestKafka.sendCloudEvent("billing.contract.events", UUID.randomUUID(), APPROVED, contract, // re-published
                approved(first, contract, customer, id, "1200.00", "USD"));
        // skipped, not poison: another currency than the engagement's, another customer's engagement, zero cost
        TestKafka.sendCloudEvent("billing.contract.events", UUID.randomUUID(), APPROVED, contract,
                approved(UUID.randomUUID(), contract, customer, id, "99", "EUR"));
        TestKafka.sendCloudEvent("billing.contract.events", UUID.randomUUID(), APPROVED, contract,
                approved(UUID.randomUUID(), contract, UUID.randomUUID().toString(), id, "77", "USD"));
        TestKafka.sendCloudEvent("billing.contract.events", UUID.randomUUID(), APPROVED, contract,
                approved(UUID.randomUUID(), contract, customer, id, "0", "USD"));
        UUID second = UUID.randomUUID();
        TestKafka.sendCloudEvent("billing.contract.events", UUID.randomUUID(), APPROVED, contract,
                approved(second, contract, customer, id, "540", "USD"));

        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> costs(id).size() == 2);
        given().header("Authorization", EXEC).get("/api/engagements/" + id + "/costs").then()
                .body("items.source", equalTo(List.of("billing-time-entry", "billing-time-entry")))
                .body("items.sourceRef", equalTo(List.of(first.toString(), second.toString())))
                .body("items.amount.amount", equalTo(List.of("1200.00", "540.00")))
                .body("items[0].createdBy", equalTo("billing-service"));
        // EVM's AC is the ledger's total
        given().header("Authorization", EXEC).get("/api/engagements/" + id + "/financials").then()
                .body("ac.amount", equalTo("1740.00"));

        // a manual entry is the same ledger: AC 1,740 + 260 = 2,000
        given().header("Authorization", FINANCE).contentType(ContentType.JSON).body(Map.of("date", "2026-03-15",
                "amount", Map.of("amount", "260.00", "currency", "USD"), "description", "Travel")).post("/api/engagements/" + id + "/costs")
                .then().statusCode(201).body("source", equalTo("manual"));
        assertThat(costs(id)).hasSize(3);

        List<ConsumerRecord<String, String>> changes = TestKafka.await(TOPIC, r -> id.equals(r.key())
                && AC_CHANGED.equals(TestKafka.header(r, "ce_type")), 4, Duration.ofSeconds(10));
        assertThat(changes).hasSize(3);
        List<JsonNode> payloads = changes.stream().map(r -> read(r.value())).toList();
        assertThat(payloads).extracting(p -> p.get("actualCost").get("amount").decimalValue().stripTrailingZeros().toPlainString())
                .containsExactly("1200", "1740", "2000");
        assertThat(payloads).extracting(p -> p.get("source").asText())
                .containsExactly("billing-time-entry", "billing-time-entry", "manual");
        for (ConsumerRecord<String, String> record : changes) {
            assertThat(EventContracts.violations(AC_CHANGED, record.value())).isEmpty();
        }
        assertThat(TestKafka.await("billing.contract.events.portfolio-service.actual-costs.dlq",
                r -> contract.equals(r.key()), 1, Duration.ofSeconds(2))).isEmpty();
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
