package io.adeplatform.billing;

import io.adeplatform.platform.testing.EventContracts;
import io.adeplatform.platform.testing.TestKafka;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static io.adeplatform.billing.Fixtures.DM;
import static io.adeplatform.billing.Fixtures.as;
import static io.adeplatform.billing.Fixtures.etag;
import static org.assertj.core.api.Assertions.assertThat;

/** Request bodies and events of the revenue outlook tests. */
final class OutlookFixtures {

    static final String CUSTOMER_TOPIC = "relationship.customer.events";
    static final String CHANGED = "io.adeplatform.relationship.customer.opportunity-changed.v1";

    private OutlookFixtures() {
    }

    /** Reports a fixed-fee line's percent complete as the delivery manager, with the contract's current ETag. */
    static void progress(String contractId, String lineId, String percent) {
        as(DM).header("If-Match", etag("/api/contracts/" + contractId))
                .body(Map.of("percentComplete", new BigDecimal(percent)))
                .put("/api/contracts/" + contractId + "/lines/" + lineId + "/progress").then().statusCode(200);
    }

    static Map<String, Object> timeEntry(UUID engagement, String role, String hours, String date) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("engagementId", engagement);
        body.put("person", "pat.person");
        body.put("role", role);
        body.put("date", date);
        body.put("hours", new BigDecimal(hours));
        return body;
    }

    static Map<String, Object> newTarget(UUID customer, int fiscalYear, String amount) {
        return Map.of("customerId", customer, "fiscalYear", fiscalYear, "target", Map.of("amount", amount,
                "currency", "USD"));
    }

    static Map<String, Object> targetBody(String amount, String currency) {
        return Map.of("target", Map.of("amount", amount, "currency", currency));
    }

    /** relationship's opportunity-changed, in the shape its schema states (checked). */
    static void opportunity(UUID eventId, UUID id, UUID customer, String status, String amount,
                            String currency, int probability, String month, long version) {
        String json = "{\"opportunityId\":\"" + id + "\",\"customerId\":\"" + customer + "\",\"name\":\"Upsell "
                + id + "\",\"status\":\"" + status + "\",\"estimatedValue\":{\"amount\":" + amount
                + ",\"currency\":\"" + currency + "\"},\"probability\":" + probability + ",\"expectedCloseMonth\":\""
                + month + "\",\"version\":" + version + ",\"changedAt\":\"2032-05-01T10:00:00Z\"}";
        assertThat(EventContracts.violations(CHANGED, json)).isEmpty();
        TestKafka.sendCloudEvent(CUSTOMER_TOPIC, eventId, CHANGED, customer.toString(), json);
    }
}
