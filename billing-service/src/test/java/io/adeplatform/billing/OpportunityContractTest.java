package io.adeplatform.billing;

import io.adeplatform.platform.testing.EventContracts;
import io.adeplatform.platform.testing.TestKafka;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.adeplatform.billing.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** relationship's OpportunityWon, published on the real topic, becomes exactly one draft contract per opportunity. */
@QuarkusTest
class OpportunityContractTest {

    private static final String TOPIC = "relationship.customer.events";
    private static final String WON = "io.adeplatform.relationship.customer.opportunity-won.v1";
    private static final String DRAFTED = "io.adeplatform.billing.contract.drafted-from-opportunity.v1";

    /** A payload in the shape of relationship's customer-opportunity-won.v1, checked against its schema. */
    private static String won(UUID opportunity, UUID customer, String name, String amount, String currency) {
        String payload = "{\"opportunityId\":\"" + opportunity + "\",\"customerId\":\"" + customer + "\",\"name\":\""
                + name + "\",\"description\":null,\"estimatedValue\":{\"amount\":" + amount + ",\"currency\":\""
                + currency + "\"},\"probability\":90,\"expectedCloseMonth\":\"2031-05\",\"wonAt\":\"2031-05-12T09:30:00Z\"}";
        assertThat(EventContracts.violations(WON, payload)).isEmpty();
        return payload;
    }

    @Test
    void wonOpportunityBecomesOneDraftContractEvenOnRedelivery() throws Exception {
        UUID customer = customer("state-government");
        UUID opportunity = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        String payload = won(opportunity, customer, "Data platform modernisation", "250000.5", "EUR");
        TestKafka.sendCloudEvent(TOPIC, eventId, WON, customer.toString(), payload);
        TestKafka.sendCloudEvent(TOPIC, eventId, WON, customer.toString(), payload); // redelivery: same ce_id
        TestKafka.sendCloudEvent(TOPIC, UUID.randomUUID(), WON, customer.toString(), payload); // published twice
        // published last on the same key (one partition, in order): once it is drafted, the others were handled
        UUID marker = UUID.randomUUID();
        TestKafka.sendCloudEvent(TOPIC, UUID.randomUUID(), WON, customer.toString(),
                won(marker, customer, "Marker", "1", "USD"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(VIEWER).get("/api/contracts?opportunityId=" + marker)
                .then().statusCode(200).body("items", hasSize(1)));

        as(VIEWER).get("/api/contracts?customerId=" + customer).then().statusCode(200).body("items", hasSize(2));
        Map<String, Object> contract = as(VIEWER).get("/api/contracts?opportunityId=" + opportunity).then()
                .statusCode(200).body("items", hasSize(1)).extract().path("items[0]");
        assertThat(contract.get("status")).isEqualTo("draft");
        assertThat(contract.get("customerId")).isEqualTo(customer.toString());
        assertThat(contract.get("opportunityId")).isEqualTo(opportunity.toString());
        assertThat(contract.get("title")).isEqualTo("Data platform modernisation");
        assertThat(contract.get("currency")).isEqualTo("EUR");
        assertThat(contract.get("total")).isEqualTo(Map.of("amount", "250000.50", "currency", "EUR"));
        assertThat(contract.get("createdBy")).isEqualTo("billing-service");
        String id = (String) contract.get("id");
        // announced once, so relationship links the opportunity to its contract (the link both ways)
        List<org.apache.kafka.clients.consumer.ConsumerRecord<String, String>> drafted = TestKafka.await(
                "billing.contract.events", r -> id.equals(r.key()) && DRAFTED.equals(TestKafka.header(r, "ce_type")),
                1, Duration.ofSeconds(30));
        assertThat(drafted).hasSize(1);
        assertThat(EventContracts.violations(DRAFTED, drafted.get(0).value())).isEmpty();
        assertThat(json(drafted.get(0).value()).get("opportunityId").asText()).isEqualTo(opportunity.toString());
        assertThat(json(drafted.get(0).value()).get("total").get("amount").decimalValue()).isEqualByComparingTo("250000.50");
        assertThat(EventContracts.violations(DRAFTED, java.nio.file.Files.readString(EventContracts.contractsDirectory()
                .resolve("events/billing/contract-drafted-from-opportunity.v1.example.json")))).isEmpty();
        as(VIEWER).get("/api/contracts/" + id).then().statusCode(200)
                .body("lines", hasSize(1)).body("lines[0].billingMethod", equalTo("fixed-fee"))
                .body("lines[0].schedule[0].dueDate", equalTo("2031-05-31"))
                .body("lines[0].schedule[0].amount.amount", equalTo("250000.50"))
                // the public-sector checklist of the customer's segment, as a contract made through the API gets
                .body("compliance.item", org.hamcrest.Matchers.hasItem("public-procurement"));

        // the draft is an ordinary draft: finance completes its terms like any other
        Map<String, Object> terms = contract(customer, null,
                List.of(fixedLine(null, "240000", List.of(installment("2031-06-30", "240000")))));
        terms.remove("customerId");
        as(FINANCE).header("If-Match", etag("/api/contracts/" + id)).body(terms)
                .put("/api/contracts/" + id).then().statusCode(200).body("opportunityId", equalTo(opportunity.toString()));

        // a filter naming an opportunity with no contract, or one of a customer the caller does not see: empty page
        as(VIEWER).get("/api/contracts?opportunityId=" + UUID.randomUUID()).then().statusCode(200).body("items", hasSize(0));
        as(OUTSIDER).get("/api/contracts?opportunityId=" + opportunity).then().statusCode(200).body("items", hasSize(0));
        as(VIEWER).get("/api/contracts?opportunityId=not-a-uuid").then().statusCode(400);
    }
}
