package io.adeplatform.billing;

import io.adeplatform.platform.testing.EventContracts;
import io.adeplatform.platform.testing.TestKafka;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.adeplatform.billing.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/**
 * Billing from contract terms (issue 16, point 6): milestone invoices only from a milestone line of a signed or active
 * contract that names the milestone, at the line milestone's amount and currency; otherwise a kept, visible reason,
 * never a dead letter. Every invoice within the not-to-exceed limits, the limit reached announced once.
 */
@QuarkusTest
class ContractTermsBillingTest {

    private static final String ENGAGEMENTS = "portfolio.engagement.events";
    private static final String ACCEPTED = "io.adeplatform.portfolio.engagement.milestone-accepted.v1";
    private static final String CONTRACTS = "billing.contract.events";
    private static final String LIMIT_REACHED = "io.adeplatform.billing.contract.limit-reached.v1";

    /** portfolio's milestone-accepted, with an amount of portfolio's own (which billing must not use). */
    private static void accepted(UUID engagement, UUID customer, UUID milestone, String name, String amount, String currency) {
        TestKafka.sendCloudEvent(ENGAGEMENTS, UUID.randomUUID(), ACCEPTED, engagement.toString(),
                "{\"engagementId\":\"" + engagement + "\",\"customerId\":\"" + customer + "\",\"milestoneId\":\""
                        + milestone + "\",\"name\":\"" + name + "\",\"amount\":{\"amount\":" + amount + ",\"currency\":\""
                        + currency + "\"},\"contractRef\":null,\"acceptedAt\":\"2026-11-20T10:00:00Z\","
                        + "\"acceptedBy\":\"cio@customer.example\"}");
    }

    private static List<Map<String, Object>> outcomes(UUID engagement, int count) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(VIEWER)
                .get("/api/billing/engagements/" + engagement + "/milestone-billing").then().statusCode(200)
                .body("items", hasSize(count)).body("page", equalTo(0)).body("limit", equalTo(50))
                .body("hasMore", equalTo(false)));
        return as(VIEWER).get("/api/billing/engagements/" + engagement + "/milestone-billing").then().extract().path("items");
    }

    @Test
    void milestonesAreInvoicedFromTheContractLineOnlyAndOtherwiseSkippedWithAReason() {
        UUID customer = customer("enterprise");
        // a time-and-materials contract only: a billable milestone is not billed twice
        UUID tmOnly = engagement(customer);
        activate(create(contract(customer, null, List.of(tmLine(tmOnly, "10000", null)))));
        UUID kickOff = milestone(tmOnly, customer);
        accepted(tmOnly, customer, kickOff, "Kick-off", "5000", "USD");
        // a milestone line naming it, on a contract approved but not signed
        UUID unsigned = engagement(customer);
        UUID design = milestone(unsigned, customer);
        String approvedOnly = create(contract(customer, null, List.of(milestoneLine(unsigned, "30000", List.of(
                Map.of("name", "Design", "amount", money("30000"), "milestoneId", design))))));
        transition(as(EXEC), "/api/contracts/" + approvedOnly, "pending-approval").then().statusCode(200);
        transition(as(FINANCE), "/api/contracts/" + approvedOnly, "approved").then().statusCode(200);
        accepted(unsigned, customer, design, "Design", "30000", "USD");

        Map<String, Object> skipped = outcomes(tmOnly, 1).get(0);
        assertThat(skipped.get("outcome")).isEqualTo("skipped");
        assertThat(skipped.get("reason")).isEqualTo("no-milestone-line");
        assertThat(skipped.get("milestoneId")).isEqualTo(kickOff.toString());
        Map<String, Object> notBillable = outcomes(unsigned, 1).get(0);
        assertThat(notBillable.get("reason")).isEqualTo("contract-not-billable");
        assertThat((String) notBillable.get("detail")).contains("approved");
        assertThat(notBillable.get("contractId")).isEqualTo(approvedOnly);
        as(VIEWER).get("/api/invoices?customerId=" + customer).then().body("items", hasSize(0));
        as(OUTSIDER).get("/api/billing/engagements/" + tmOnly + "/milestone-billing").then().statusCode(404);
        as(VIEWER).get("/api/billing/engagements/" + UUID.randomUUID() + "/milestone-billing").then().statusCode(404);
        // refused milestones are not poison
        assertThat(TestKafka.await(ENGAGEMENTS + ".billing-service.engagement-events.dlq",
                r -> tmOnly.toString().equals(r.key()) || unsigned.toString().equals(r.key()), 1, Duration.ofSeconds(3))).isEmpty();
    }

    @Test
    void amountAndCurrencyComeFromTheContractAndTheLimitStopsAMilestoneInvoiceOnce() {
        UUID customer = customer("enterprise");
        UUID engagement = engagement(customer);
        UUID design = milestone(engagement, customer);
        UUID goLive = milestone(engagement, customer);
        // the milestone line may bill at most 80,000 of its 90,000
        Map<String, Object> line = milestoneLine(engagement, "90000", List.of(
                Map.of("name", "Design", "amount", money("30000"), "milestoneId", design),
                Map.of("name", "Go-live", "amount", money("60000"), "milestoneId", goLive)));
        line.put("notToExceed", money("80000"));
        String contractId = create(contract(customer, null, List.of(line)));
        activate(contractId);

        // portfolio says 99,999 EUR: the invoice is the contract's 30,000 USD
        accepted(engagement, customer, design, "Design", "99999", "EUR");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(VIEWER).get("/api/invoices?contractId=" + contractId)
                .then().body("items", hasSize(1)));
        as(VIEWER).get("/api/invoices?contractId=" + contractId).then()
                .body("items[0].total.amount", equalTo("30000.00")).body("items[0].total.currency", equalTo("USD"))
                .body("items[0].milestoneId", equalTo(design.toString()));

        // go-live would bring the line to 90,000 > 80,000: not invoiced, the reason kept, the limit announced once
        accepted(engagement, customer, goLive, "Go-live", "60000", "USD");
        accepted(engagement, customer, goLive, "Go-live", "60000", "USD"); // re-published: decided again, same answer
        List<Map<String, Object>> decided = outcomes(engagement, 2);
        Map<String, Object> stopped = decided.stream().filter(o -> goLive.toString().equals(o.get("milestoneId")))
                .findFirst().orElseThrow();
        assertThat(stopped.get("outcome")).isEqualTo("skipped");
        assertThat(stopped.get("reason")).isEqualTo("not-to-exceed");
        assertThat((String) stopped.get("detail")).contains("line's not-to-exceed of 80000 USD");
        Map<String, Object> invoiced = decided.stream().filter(o -> design.toString().equals(o.get("milestoneId")))
                .findFirst().orElseThrow();
        assertThat(invoiced.get("outcome")).isEqualTo("invoiced");
        // one page at a time: latest decision first
        String milestoneBilling = "/api/billing/engagements/" + engagement + "/milestone-billing";
        as(VIEWER).get(milestoneBilling + "?limit=1").then().statusCode(200).body("items", hasSize(1))
                .body("items[0].milestoneId", equalTo(decided.get(0).get("milestoneId"))).body("hasMore", equalTo(true));
        as(VIEWER).get(milestoneBilling + "?limit=1&page=1").then().statusCode(200)
                .body("items[0].milestoneId", equalTo(decided.get(1).get("milestoneId"))).body("hasMore", equalTo(false));
        as(VIEWER).get(milestoneBilling + "?limit=201").then().statusCode(400);
        List<ConsumerRecord<String, String>> reached = TestKafka.await(CONTRACTS,
                r -> contractId.equals(r.key()) && LIMIT_REACHED.equals(TestKafka.header(r, "ce_type")), 2, Duration.ofSeconds(10));
        assertThat(reached).hasSize(1);
        assertThat(EventContracts.violations(LIMIT_REACHED, reached.get(0).value())).isEmpty();
        var payload = json(reached.get(0).value());
        assertThat(payload.get("scope").asText()).isEqualTo("line");
        assertThat(payload.get("source").asText()).isEqualTo("milestone");
        assertThat(payload.get("invoiced").get("amount").decimalValue()).isEqualByComparingTo("30000");
        assertThat(payload.get("attempted").get("amount").decimalValue()).isEqualByComparingTo("60000");
        as(VIEWER).get("/api/invoices?contractId=" + contractId).then().body("items", hasSize(1));
        // acceptance is a fact all the same: the line recognizes both milestones
        as(VIEWER).get("/api/contracts/" + contractId + "/revenue").then().body("lines[0].recognized.amount", equalTo("90000.00"));
    }

    @Test
    void anInvoiceRequestPassingTheLimitIsRefusedAndTheLimitAnnouncedOnce() {
        UUID customer = customer("enterprise");
        UUID engagement = engagement(customer);
        Map<String, Object> fixed = fixedLine(engagement, "10000", List.of(installment("2026-01-31", "4000"),
                installment("2026-12-31", "6000")));
        fixed.put("notToExceed", money("8000"));
        String contractId = create(contract(customer, null, List.of(fixed)));
        activate(contractId);
        as(FINANCE).body(Map.of("contractId", contractId, "asOf", "2026-02-15")).post("/api/invoices/from-schedule")
                .then().statusCode(201).body("items", hasSize(1));
        for (int attempt = 0; attempt < 2; attempt++) {
            as(FINANCE).body(Map.of("contractId", contractId, "asOf", "2026-12-31")).post("/api/invoices/from-schedule")
                    .then().statusCode(422).contentType("application/problem+json")
                    .body("type", containsString("not-to-exceed-exceeded"))
                    .body("detail", equalTo("this invoice would pass the line's not-to-exceed of 8000 USD "
                            + "(already invoiced 4000, this invoice 6000)"))
                    .body("scope", equalTo("line"));
        }
        // nothing stored: one invoice, the installment still open
        as(VIEWER).get("/api/invoices?contractId=" + contractId).then().body("items", hasSize(1));
        as(VIEWER).get("/api/contracts/" + contractId).then().body("lines[0].schedule[1].invoiceId", org.hamcrest.Matchers.nullValue());
        List<ConsumerRecord<String, String>> reached = TestKafka.await(CONTRACTS,
                r -> contractId.equals(r.key()) && LIMIT_REACHED.equals(TestKafka.header(r, "ce_type")), 2, Duration.ofSeconds(10));
        assertThat(reached).hasSize(1);
        assertThat(json(reached.get(0).value()).get("source").asText()).isEqualTo("schedule");
        assertThat(EventContracts.violations(LIMIT_REACHED, reached.get(0).value())).isEmpty();
    }
}
