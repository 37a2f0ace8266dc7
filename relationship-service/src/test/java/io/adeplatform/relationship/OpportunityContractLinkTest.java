package io.adeplatform.relationship;

import io.adeplatform.platform.testing.EventContracts;
import io.adeplatform.platform.testing.TestKafka;
import io.adeplatform.platform.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.adeplatform.relationship.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** billing's contract drafted-from-opportunity, on its real topic, links the won opportunity to its contract once. */
@QuarkusTest
class OpportunityContractLinkTest {

    static final String DRAFTED = "io.adeplatform.billing.contract.drafted-from-opportunity.v1";

    private final String exec = TestTokens.bearer("ada." + UUID.randomUUID(), "executive");

    @Test
    void theFirstDraftedContractIsTheOpportunitysWithoutANewVersion() {
        String customer = Api.customer(exec, "Linked Agency " + UUID.randomUUID());
        String other = Api.customer(exec, "Other Agency " + UUID.randomUUID());
        String id = as(exec).body(Map.of("name", "Data platform", "estimatedValue",
                        Map.of("amount", "250000.00", "currency", "EUR"), "expectedCloseDate", "2031-05-20",
                        "probability", 90)).post(opportunities(customer)).then().statusCode(201).extract().path("id");
        int version = 0;
        for (String to : List.of("qualified", "proposed", "won")) {
            as(exec).header("If-Match", "\"" + version++ + "\"").body(Map.of("to", to))
                    .post(opportunities(customer) + "/" + id + "/transitions").then().statusCode(200);
        }
        as(exec).get(opportunities(customer) + "/" + id).then().statusCode(200).body("contractId", nullValue());

        UUID contract = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        // another customer's event naming this opportunity is dropped; the real one is applied once (redelivered)
        drafted(UUID.randomUUID(), UUID.randomUUID(), UUID.fromString(other), UUID.fromString(id));
        drafted(eventId, contract, UUID.fromString(customer), UUID.fromString(id));
        drafted(eventId, contract, UUID.fromString(customer), UUID.fromString(id));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> as(exec).get(opportunities(customer) + "/" + id)
                .then().statusCode(200).body("contractId", equalTo(contract.toString())));

        // a second contract for it does not replace the first; one for an opportunity nobody has is logged and
        // dropped; a marker opportunity's link shows when they were handled (each key keeps its own order, so the
        // marker goes on the key of the second contract)
        UUID second = UUID.randomUUID();
        drafted(UUID.randomUUID(), UUID.randomUUID(), UUID.fromString(customer), UUID.randomUUID());
        drafted(UUID.randomUUID(), second, UUID.fromString(customer), UUID.fromString(id));
        String marker = as(exec).body(Map.of("name", "Marker", "estimatedValue",
                        Map.of("amount", "1.00", "currency", "EUR"), "expectedCloseDate", "2031-05-20"))
                .post(opportunities(customer)).then().statusCode(201).extract().path("id");
        drafted(UUID.randomUUID(), second, UUID.fromString(customer), UUID.fromString(marker));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> as(exec).get(opportunities(customer) + "/" + marker)
                .then().statusCode(200).body("contractId", equalTo(second.toString())));
        // the link is billing's fact, not a revision: the version (and ETag) stays
        as(exec).get(opportunities(customer) + "/" + id).then().statusCode(200).header("ETag", "\"3\"")
                .body("version", equalTo(3)).body("contractId", equalTo(contract.toString()));
    }

    private static void drafted(UUID eventId, UUID contract, UUID customer, UUID opportunity) {
        String json = "{\"contractId\":\"" + contract + "\",\"customerId\":\"" + customer + "\",\"opportunityId\":\""
                + opportunity + "\",\"title\":\"Data platform\",\"total\":{\"amount\":250000.5,\"currency\":\"EUR\"},"
                + "\"draftedAt\":\"2031-05-20T10:00:00Z\"}";
        assertThat(EventContracts.violations(DRAFTED, json)).isEmpty();
        TestKafka.sendCloudEvent("billing.contract.events", eventId, DRAFTED, contract.toString(), json);
    }

    private static String opportunities(String customer) {
        return "/api/customers/" + customer + "/account-plan/opportunities";
    }
}
