package io.adeplatform.billing;

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

/** portfolio's MilestoneAccepted, published on the real topic, becomes exactly one draft invoice per milestone. */
@QuarkusTest
class MilestoneInvoiceTest {

    private static final String TOPIC = "portfolio.engagement.events";
    private static final String ACCEPTED = "io.adeplatform.portfolio.engagement.milestone-accepted.v1";

    /** A payload in the shape of portfolio's milestone-accepted.v1 example. */
    private static String accepted(UUID engagement, UUID customer, UUID milestone, String name, String amount, String contractRef) {
        return "{\"engagementId\":\"" + engagement + "\",\"customerId\":\"" + customer + "\",\"milestoneId\":\"" + milestone
                + "\",\"name\":\"" + name + "\",\"amount\":" + (amount == null ? "null" : "{\"amount\":" + amount + ",\"currency\":\"USD\"}")
                + ",\"contractRef\":" + (contractRef == null ? "null" : "\"" + contractRef + "\"")
                + ",\"acceptedAt\":\"2026-11-20T10:00:00Z\",\"acceptedBy\":\"cio@customer.example\"}";
    }

    @Test
    void milestoneAcceptedBecomesOneDraftInvoiceEvenOnRedelivery() {
        UUID customer = customer("education");
        UUID engagement = engagement(customer);
        UUID design = milestone(engagement, customer);
        String contractId = create(contract(customer, null, List.of(milestoneLine(engagement, "90000", List.of(
                Map.of("name", "Design", "amount", money("30000"), "milestoneId", design),
                Map.of("name", "Go-live", "amount", money("60000")))))));
        activate(contractId);

        UUID eventId = UUID.randomUUID();
        String payload = accepted(engagement, customer, design, "Design", "30000.00", contractId);
        TestKafka.sendCloudEvent(TOPIC, eventId, ACCEPTED, engagement.toString(), payload);
        TestKafka.sendCloudEvent(TOPIC, eventId, ACCEPTED, engagement.toString(), payload); // redelivery
        TestKafka.sendCloudEvent(TOPIC, UUID.randomUUID(), ACCEPTED, engagement.toString(), payload); // re-published
        // not billable: no invoice
        TestKafka.sendCloudEvent(TOPIC, UUID.randomUUID(), ACCEPTED, engagement.toString(),
                accepted(engagement, customer, UUID.randomUUID(), "Kick-off", null, null));
        // matched by name, contract found through the engagement; published last, so the others were handled before it
        UUID goLive = UUID.randomUUID();
        TestKafka.sendCloudEvent(TOPIC, UUID.randomUUID(), ACCEPTED, engagement.toString(),
                accepted(engagement, customer, goLive, "Go-live", "60000", null));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(VIEWER).get("/api/invoices?customerId=" + customer)
                .then().statusCode(200).body("items.milestoneId", org.hamcrest.Matchers.hasItem(goLive.toString())));
        List<Map<String, Object>> items = as(VIEWER).get("/api/invoices?customerId=" + customer).then()
                .body("items", hasSize(2)).extract().path("items");
        Map<String, Object> designInvoice = items.stream().filter(i -> design.toString().equals(i.get("milestoneId"))).findFirst().orElseThrow();
        assertThat(designInvoice.get("status")).isEqualTo("draft");
        assertThat(designInvoice.get("source")).isEqualTo("milestone");
        assertThat(designInvoice.get("contractId")).isEqualTo(contractId);
        assertThat(designInvoice.get("engagementId")).isEqualTo(engagement.toString());
        assertThat(((Map<?, ?>) designInvoice.get("total")).get("amount")).isEqualTo("30000.00");

        // both milestones accepted: the line's revenue is recognized in full
        as(VIEWER).get("/api/contracts/" + contractId + "/revenue").then()
                .body("lines[0].recognized.amount", equalTo("90000.00"))
                .body("lines[0].billed.amount", equalTo("0.00"));
        as(VIEWER).get("/api/contracts/" + contractId).then().body("lines[0].milestones.acceptedAt",
                org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.notNullValue()));
    }

    /** Alerts compare portfolio's actual cost with the budget; a budget change re-arms them against the new budget. */
    @Test
    void budgetChangeBelowTheSpendRaisesTheThresholdAlertAndReArmsThem() {
        UUID customer = customer("enterprise");
        UUID engagement = engagement(customer);
        String contractId = create(contract(customer, null, List.of(tmLine(engagement, "10000", null))));
        engagementCreated(engagement, customer, "1000");
        activate(contractId);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(VIEWER)
                .get("/api/billing/engagements/" + engagement + "/profitability").then().body("budget.amount", equalTo("1000.00")));
        // portfolio's ledger: 480 = 48 % of 1,000, no alert
        actualCostChanged(engagement, customer, "480", "2026-06-01T10:00:00Z");
        // the budget drops to 500: 480 = 96 % → 80 % crossed, 100 % not
        budgetChanged(engagement, customer, "500");
        var alerts = TestKafka.await("billing.invoice.events", r -> engagement.toString().equals(r.key()), 1, Duration.ofSeconds(30));
        assertThat(alerts).hasSize(1);
        assertThat(json(alerts.get(0).value()).get("threshold").asInt()).isEqualTo(80);
        assertThat(json(alerts.get(0).value()).get("budget").get("amount").decimalValue()).isEqualByComparingTo("500");
        assertThat(json(alerts.get(0).value()).get("spent").get("amount").decimalValue()).isEqualByComparingTo("480");
        assertThat(io.adeplatform.platform.testing.EventContracts.violations(
                TestKafka.header(alerts.get(0), "ce_type"), alerts.get(0).value())).isEmpty();
        as(VIEWER).get("/api/billing/engagements/" + engagement + "/profitability").then()
                .body("budgetBurnPercent", equalTo(96.00f)).body("cost.amount", equalTo("480.00"));

        // a new budget of 2,000 re-arms the alerts: 480 is 24 %, nothing; a report older than the kept one changes
        // nothing; then 1,700 = 85 % of the new budget alerts 80 % again, against 2,000
        budgetChanged(engagement, customer, "2000");
        actualCostChanged(engagement, customer, "1999", "2026-05-01T10:00:00Z");
        actualCostChanged(engagement, customer, "1700", "2026-06-02T10:00:00Z");
        var again = TestKafka.await("billing.invoice.events", r -> engagement.toString().equals(r.key()), 3, Duration.ofSeconds(10));
        assertThat(again).hasSize(2);
        assertThat(json(again.get(1).value()).get("threshold").asInt()).isEqualTo(80);
        assertThat(json(again.get(1).value()).get("budget").get("amount").decimalValue()).isEqualByComparingTo("2000");
        assertThat(json(again.get(1).value()).get("spent").get("amount").decimalValue()).isEqualByComparingTo("1700");
        as(VIEWER).get("/api/billing/engagements/" + engagement + "/profitability").then()
                .body("cost.amount", equalTo("1700.00")).body("budgetBurnPercent", equalTo(85.00f));
    }

    private static void budgetChanged(UUID engagement, UUID customer, String budget) {
        TestKafka.sendCloudEvent(TOPIC, UUID.randomUUID(), "io.adeplatform.portfolio.engagement.budget-changed.v1",
                engagement.toString(), "{\"engagementId\":\"" + engagement + "\",\"customerId\":\"" + customer
                        + "\",\"budget\":{\"amount\":" + budget + ",\"currency\":\"USD\"}}");
    }

    @Test
    void unusableEventGoesToTheDeadLetterTopic() {
        UUID engagement = UUID.randomUUID();
        TestKafka.sendCloudEvent(TOPIC, UUID.randomUUID(), ACCEPTED, engagement.toString(),
                "{\"engagementId\":\"" + engagement + "\",\"customerId\":\"" + UUID.randomUUID() + "\",\"name\":\"x\"}");
        var dead = TestKafka.await(TOPIC + ".billing-service.engagement-events.dlq", r -> engagement.toString().equals(r.key()), 1,
                Duration.ofSeconds(30));
        assertThat(dead).hasSize(1);
    }
}
