package io.adeplatform.billing;

import io.adeplatform.platform.testing.EventContracts;
import io.adeplatform.platform.testing.TestKafka;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.adeplatform.billing.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class ContractLifecycleTest {

    private static final String TOPIC = "billing.contract.events";

    @Test
    void createsReadsListsAndReplaysIdempotentCreates() {
        UUID customer = customer("enterprise");
        UUID engagement = engagement(customer);
        Map<String, Object> body = contract(customer, "500000", List.of(
                tmLine(engagement, "200000", "150000"),
                fixedLine(engagement, "100000", List.of(installment("2026-01-31", "40000"), installment("2026-02-28", "60000"))),
                milestoneLine(engagement, "90000", List.of(Map.of("name", "Design", "amount", money("30000")),
                        Map.of("name", "Go-live", "amount", money("60000"))))));
        String key = UUID.randomUUID().toString();
        String id = as(EXEC).header("Idempotency-Key", key).body(body).post("/api/contracts")
                .then().statusCode(201)
                .header("Location", containsString("/api/contracts/"))
                .header("ETag", equalTo("\"0\""))
                .body("status", equalTo("draft"))
                .body("total.amount", equalTo("390000.00"))
                .body("total.currency", equalTo("USD"))
                .body("notToExceed.amount", equalTo("500000.00"))
                .body("lines", hasSize(3))
                .body("lines[0].billingMethod", equalTo("time-and-materials"))
                .body("lines[0].rateCard[0].billRate.amount", equalTo("200.00"))
                .body("requiredApprovals", equalTo(List.of("finance")))
                .body("compliance.item", equalTo(List.of("legal-review", "security-review", "data-protection")))
                .body("engagementIds", equalTo(List.of(engagement.toString())))
                .extract().path("id");
        // replay: same response, nothing new
        as(EXEC).header("Idempotency-Key", key).body(body).post("/api/contracts")
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(id));
        body.put("title", "another");
        as(EXEC).header("Idempotency-Key", key).body(body).post("/api/contracts")
                .then().statusCode(422).body("type", containsString("idempotency-key-reused"));

        as(VIEWER).get("/api/contracts/" + id).then().statusCode(200).header("ETag", equalTo("\"0\""));
        as(OUTSIDER).get("/api/contracts/" + id).then().statusCode(404);
        as(VIEWER).get("/api/contracts?customerId=" + customer).then().statusCode(200)
                .body("items", hasSize(1)).body("items.status", hasItem("draft"));
        as(VIEWER).get("/api/contracts?engagementId=" + engagement + "&status=draft").then().statusCode(200).body("items", hasSize(1));
        as(VIEWER).get("/api/contracts?customerId=" + customer + "&status=active").then().statusCode(200).body("items", hasSize(0));
        as(OUTSIDER).get("/api/contracts?customerId=" + customer).then().statusCode(200).body("items", hasSize(0));
        as(VIEWER).get("/api/contracts?status=bogus").then().statusCode(400);
    }

    @Test
    void rejectsInvalidContractsWithProblemsAndStoresNothing() {
        UUID customer = customer("enterprise");
        UUID engagement = engagement(customer);
        // milestones that do not sum to the line value
        as(EXEC).body(contract(customer, null, List.of(milestoneLine(engagement, "90000",
                        List.of(Map.of("name", "Design", "amount", money("30000")))))))
                .post("/api/contracts").then().statusCode(400)
                .contentType(containsString("application/problem+json"))
                .body("errors.field", hasItem("lines[0].milestones"));
        // schedule not summing, a rate card on a fixed-fee line, another currency
        Map<String, Object> fixed = fixedLine(engagement, "100000", List.of(installment("2026-01-31", "40000")));
        fixed.put("rateCard", List.of(Map.of("role", "x", "billRate", money("1"), "costRate", money("1"))));
        Map<String, Object> tm = tmLine(engagement, "1000", null);
        tm.put("value", Map.of("amount", "1000", "currency", "EUR"));
        as(EXEC).body(contract(customer, null, List.of(fixed, tm))).post("/api/contracts").then().statusCode(400)
                .body("errors.field", hasItem("lines[0].schedule"))
                .body("errors.field", hasItem("lines[0].rateCard"))
                .body("errors.field", hasItem("lines[1].value.currency"));
        // T&M without rate card; missing title; unknown billing method
        Map<String, Object> noRates = tmLine(engagement, "1000", null);
        noRates.remove("rateCard");
        as(EXEC).body(contract(customer, null, List.of(noRates))).post("/api/contracts").then().statusCode(400)
                .body("errors.field", hasItem("lines[0].rateCard"));
        Map<String, Object> noTitle = contract(customer, null, List.of(tmLine(engagement, "1000", null)));
        noTitle.remove("title");
        as(EXEC).body(noTitle).post("/api/contracts").then().statusCode(400);
        Map<String, Object> badMethod = tmLine(engagement, "1000", null);
        badMethod.put("billingMethod", "barter");
        as(EXEC).body(contract(customer, null, List.of(badMethod))).post("/api/contracts").then().statusCode(400);
        // contract not-to-exceed below the fixed values
        as(EXEC).body(contract(customer, "50000", List.of(fixedLine(engagement, "100000",
                        List.of(installment("2026-01-31", "100000")))))).post("/api/contracts").then().statusCode(400)
                .body("errors.field", hasItem("notToExceed"));
        as(VIEWER).get("/api/contracts?customerId=" + customer).then().body("items", hasSize(0));
        // unknown customer → 422 (admin sees all, so the account check passes)
        as("root").body(contract(UUID.randomUUID(), null, List.of(tmLine(engagement, "1000", null))))
                .post("/api/contracts").then().statusCode(422).body("type", containsString("unknown-customer"));
        // non-member: 404; viewer and delivery manager: 403
        as(OUTSIDER).body(contract(customer, null, List.of(tmLine(engagement, "1000", null)))).post("/api/contracts")
                .then().statusCode(404);
        as(VIEWER).body(contract(customer, null, List.of(tmLine(engagement, "1000", null)))).post("/api/contracts")
                .then().statusCode(403);
        as(DM).body(contract(customer, null, List.of(tmLine(engagement, "1000", null)))).post("/api/contracts")
                .then().statusCode(403);
    }

    @Test
    void updatesOnlyDraftsWithIfMatch() {
        UUID customer = customer("enterprise");
        UUID engagement = engagement(customer);
        String id = create(contract(customer, null, List.of(tmLine(engagement, "1000", null))));
        Map<String, Object> update = contract(customer, null, List.of(tmLine(engagement, "2000", null),
                fixedLine(engagement, "500", List.of(installment("2026-03-31", "500")))));
        update.remove("customerId");
        as(EXEC).body(update).put("/api/contracts/" + id).then().statusCode(428);
        as(EXEC).header("If-Match", "\"7\"").body(update).put("/api/contracts/" + id).then().statusCode(412);
        as(VIEWER).header("If-Match", "\"0\"").body(update).put("/api/contracts/" + id).then().statusCode(403);
        as(OUTSIDER).header("If-Match", "\"0\"").body(update).put("/api/contracts/" + id).then().statusCode(404);
        String etag = as(EXEC).header("If-Match", "\"0\"").body(update).put("/api/contracts/" + id).then().statusCode(200)
                .body("total.amount", equalTo("2500.00")).body("lines", hasSize(2))
                .extract().header("ETag");
        assertThat(etag).isNotEqualTo("\"0\"");
        as(EXEC).header("If-Match", "\"0\"").body(update).put("/api/contracts/" + id).then().statusCode(412);
        transition(as(EXEC), "/api/contracts/" + id, "pending-approval").then().statusCode(200);
        String current = as(EXEC).get("/api/contracts/" + id).header("ETag");
        as(EXEC).header("If-Match", current).body(update).put("/api/contracts/" + id).then().statusCode(409)
                .body("type", containsString("not-editable"));
    }

    @Test
    void approvalNeedsFinanceAndAboveThresholdAnExecutiveWithSeparationOfDuties() throws Exception {
        UUID customer = customer("state-government");
        UUID engagement = engagement(customer);
        String id = create(contract(customer, null, List.of(fixedLine(engagement, "1500000",
                List.of(installment("2026-06-30", "1500000"))))));
        as(EXEC).get("/api/contracts/" + id).then().body("requiredApprovals", equalTo(List.of("finance", "executive")))
                .body("compliance.item", hasItem("public-procurement"));
        // cannot approve a draft, cannot sign a draft
        transition(as(FINANCE), "/api/contracts/" + id, "approved").then().statusCode(409)
                .body("type", containsString("illegal-transition"));
        transition(as(EXEC), "/api/contracts/" + id, "signed").then().statusCode(409);
        transition(as(EXEC), "/api/contracts/" + id, "active").then().statusCode(409);

        transition(as(EXEC), "/api/contracts/" + id, "pending-approval").then().statusCode(200).body("status", equalTo("pending-approval"));
        transition(as(EXEC), "/api/contracts/" + id, "pending-approval").then().statusCode(409);
        // the submitter cannot approve; viewers and delivery managers cannot approve at all
        transition(as(EXEC), "/api/contracts/" + id, "approved").then().statusCode(403)
                .body("type", containsString("separation-of-duties"));
        transition(as(VIEWER), "/api/contracts/" + id, "approved").then().statusCode(403);
        transition(as(DM), "/api/contracts/" + id, "approved").then().statusCode(403);
        transition(as(OUTSIDER), "/api/contracts/" + id, "approved").then().statusCode(404);

        transition(as(FINANCE), "/api/contracts/" + id, Map.of("to", "approved", "comment", "margin ok")).then().statusCode(200)
                .body("status", equalTo("pending-approval"))
                .body("approvals[0].approver", equalTo(FINANCE))
                .body("approvals[0].role", equalTo("finance"))
                .body("approvals[0].comment", equalTo("margin ok"));
        transition(as(FINANCE), "/api/contracts/" + id, "approved").then().statusCode(409)
                .body("type", containsString("already-approved"));
        transition(as(FINANCE2), "/api/contracts/" + id, "approved").then().statusCode(409)
                .body("type", containsString("approval-not-needed"));
        transition(as(EXEC2), "/api/contracts/" + id, Map.of("to", "approved", "comment", "go")).then().statusCode(200)
                .body("status", equalTo("approved"))
                .body("approvals", hasSize(2))
                .body("approvals[1].role", equalTo("executive"));

        // compliance gate before signature
        transition(as(EXEC), "/api/contracts/" + id, "signed").then().statusCode(409)
                .body("type", containsString("compliance-incomplete"));
        comply(as(EXEC), id, "made-up", null).then().statusCode(404);
        comply(as(VIEWER), id, "legal-review", null).then().statusCode(403);
        for (String item : List.of("legal-review", "security-review", "data-protection")) {
            comply(as(EXEC), id, item, "ok").then().statusCode(200);
        }
        comply(as(EXEC), id, "legal-review", null).then().statusCode(409);
        transition(as(EXEC), "/api/contracts/" + id, "signed").then().statusCode(409).body("detail", containsString("public-procurement"));
        comply(as(FINANCE), id, "public-procurement", null).then().statusCode(200)
                .body("complianceComplete", equalTo(true));
        transition(as(EXEC), "/api/contracts/" + id, "signed").then().statusCode(200)
                .body("status", equalTo("signed")).body("signedBy", equalTo(EXEC));
        transition(as(EXEC), "/api/contracts/" + id, "closed").then().statusCode(409);
        transition(as(EXEC), "/api/contracts/" + id, "active").then().statusCode(200).body("status", equalTo("active"));
        transition(as(EXEC), "/api/contracts/" + id, "closed").then().statusCode(200).body("status", equalTo("closed"));
        transition(as(EXEC), "/api/contracts/" + id, "active").then().statusCode(409);

        List<ConsumerRecord<String, String>> records = TestKafka.await(TOPIC, r -> id.equals(r.key()), 4, Duration.ofSeconds(30));
        assertThat(records).extracting(r -> TestKafka.header(r, "ce_type")).containsExactly(
                "io.adeplatform.billing.contract.submitted.v1", "io.adeplatform.billing.contract.approved.v1",
                "io.adeplatform.billing.contract.signed.v1", "io.adeplatform.billing.contract.closed.v1");
        for (ConsumerRecord<String, String> record : records) {
            assertThat(TestKafka.header(record, "ce_source")).isEqualTo("/billing-service");
            assertThat(EventContracts.violations(TestKafka.header(record, "ce_type"), record.value())).isEmpty();
        }
        assertThat(json(records.get(2).value()).get("signedBy").asText()).isEqualTo("ada.exec");
        assertThat(json(records.get(2).value()).get("total").get("amount").decimalValue()).isEqualByComparingTo("1500000");
    }

    @Test
    void aRejectedContractStaysRejectedAndARevisionFollowsIt() {
        UUID customer = customer("enterprise");
        String id = create(contract(customer, null, List.of(tmLine(engagement(customer), "1000", null))));
        as(EXEC).post("/api/contracts/" + id + "/revisions").then().statusCode(409).body("type", containsString("not-rejected"));
        transition(as(EXEC), "/api/contracts/" + id, "pending-approval").then().statusCode(200);
        transition(as(FINANCE), "/api/contracts/" + id, "rejected").then().statusCode(400);
        transition(as(EXEC), "/api/contracts/" + id, Map.of("to", "rejected", "comment", "mine")).then().statusCode(403);
        transition(as(FINANCE), "/api/contracts/" + id, Map.of("to", "rejected", "comment", "rates too low")).then().statusCode(200)
                .body("status", equalTo("rejected"))
                .body("revision", equalTo(1))
                .body("approvals[0].decision", equalTo("rejected"));
        // rejected for good: no approval, no resubmission, no edits, no checklist work
        transition(as(FINANCE), "/api/contracts/" + id, "approved").then().statusCode(409);
        transition(as(EXEC), "/api/contracts/" + id, "pending-approval").then().statusCode(409).body("type", containsString("illegal-transition"));
        comply(as(EXEC), id, "legal-review", null).then().statusCode(409);
        as(VIEWER).post("/api/contracts/" + id + "/revisions").then().statusCode(403);
        as(OUTSIDER).post("/api/contracts/" + id + "/revisions").then().statusCode(404);
        as(VIEWER).get("/api/contracts?customerId=" + customer + "&status=rejected").then().body("items.id", hasItem(id));

        // resubmission is a new revision: a new draft with the same terms, naming the rejected one
        String next = as(EXEC).post("/api/contracts/" + id + "/revisions").then().statusCode(201)
                .header("Location", containsString("/api/contracts/"))
                .body("status", equalTo("draft")).body("revision", equalTo(2)).body("previousRevisionId", equalTo(id))
                .body("lines[0].rateCard", hasSize(2)).body("approvals", hasSize(0))
                .extract().path("id");
        as(EXEC).post("/api/contracts/" + id + "/revisions").then().statusCode(409)
                .body("type", containsString("already-revised")).body("revisionId", equalTo(next));
        as(EXEC).get("/api/contracts/" + id).then().body("status", equalTo("rejected"));
        transition(as(EXEC), "/api/contracts/" + next, "pending-approval").then().statusCode(200);
        transition(as(FINANCE), "/api/contracts/" + next, "approved").then().statusCode(200).body("status", equalTo("approved"));

        List<ConsumerRecord<String, String>> records = TestKafka.await(TOPIC, r -> id.equals(r.key()), 2, Duration.ofSeconds(30));
        assertThat(records).extracting(r -> TestKafka.header(r, "ce_type")).containsExactly(
                "io.adeplatform.billing.contract.submitted.v1", "io.adeplatform.billing.contract.rejected.v1");
        List<ConsumerRecord<String, String>> revised = TestKafka.await(TOPIC, r -> next.equals(r.key()), 2, Duration.ofSeconds(30));
        assertThat(revised).extracting(r -> TestKafka.header(r, "ce_type")).containsExactly(
                "io.adeplatform.billing.contract.submitted.v1", "io.adeplatform.billing.contract.approved.v1");
        concat(records, revised).forEach(r -> assertThat(EventContracts.violations(TestKafka.header(r, "ce_type"), r.value())).isEmpty());
    }

    /** Thresholds per currency, weighed on the maximum exposure: a 500k-estimate T&M line capped at 10M needs an executive. */
    @Test
    void dealApprovalThresholdsArePerCurrencyOnTheMaximumExposure() {
        UUID customer = customer("enterprise");
        UUID engagement = engagement(customer);
        String tm = create(contract(customer, null, List.of(tmLine(engagement, "500000", "10000000"))));
        as(EXEC).get("/api/contracts/" + tm).then().body("total.amount", equalTo("500000.00"))
                .body("exposure.amount", equalTo("10000000.00"))
                .body("requiredApprovals", equalTo(List.of("finance", "executive")));
        // EUR has its own threshold (900,000): 950,000 EUR needs an executive, 950,000 USD does not
        Map<String, Object> eur = contract(customer, null, List.of(fixedLine(engagement, "950000",
                List.of(installment("2026-06-30", "950000")))));
        inCurrency(eur, "EUR");
        as(EXEC).get("/api/contracts/" + create(eur)).then().body("requiredApprovals", equalTo(List.of("finance", "executive")));
        as(EXEC).get("/api/contracts/" + create(contract(customer, null, List.of(fixedLine(engagement, "950000",
                List.of(installment("2026-06-30", "950000"))))))).then().body("requiredApprovals", equalTo(List.of("finance")));
        // a currency without a threshold: drafted, but refused at submission with the setting named; nothing moves
        Map<String, Object> jpy = contract(customer, null, List.of(fixedLine(engagement, "950000",
                List.of(installment("2026-06-30", "950000")))));
        inCurrency(jpy, "JPY");
        String yen = create(jpy);
        as(EXEC).get("/api/contracts/" + yen).then().statusCode(200).body("requiredApprovals", nullValue());
        transition(as(EXEC), "/api/contracts/" + yen, "pending-approval").then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", containsString("no-approval-threshold"))
                .body("detail", containsString("ade.billing.approval.executive-above.JPY"))
                .body("currency", equalTo("JPY"));
        as(EXEC).get("/api/contracts/" + yen).then().body("status", equalTo("draft"));
    }

    /** Every amount of the body in {@code currency}. */
    @SuppressWarnings("unchecked")
    private static void inCurrency(Map<String, Object> body, String currency) {
        body.put("currency", currency);
        for (Map<String, Object> line : (List<Map<String, Object>>) body.get("lines")) {
            line.put("value", Map.of("amount", ((Map<String, Object>) line.get("value")).get("amount"), "currency", currency));
            List<Map<String, Object>> schedule = (List<Map<String, Object>>) line.get("schedule");
            line.put("schedule", schedule.stream().map(i -> Map.of("dueDate", i.get("dueDate"), "amount",
                    Map.of("amount", ((Map<String, Object>) i.get("amount")).get("amount"), "currency", currency))).toList());
        }
    }

    @SafeVarargs
    private static <T> List<T> concat(List<T>... lists) {
        return java.util.Arrays.stream(lists).flatMap(List::stream).toList();
    }

    @Test
    void contractExamplesConformToTheirSchemas() throws Exception {
        for (String event : List.of("contract-submitted", "contract-approved", "contract-rejected", "contract-signed",
                "contract-closed", "invoice-issued", "invoice-paid", "invoice-overdue", "invoice-credit-note-issued",
                "invoice-budget-threshold-crossed", "invoice-voided", "contract-limit-reached",
                "contract-time-entry-approved")) {
            String example = Files.readString(EventContracts.contractsDirectory().resolve("events/billing/" + event + ".v1.example.json"));
            String[] parts = event.split("-", 2);
            assertThat(EventContracts.violations("io.adeplatform.billing." + parts[0] + "." + parts[1] + ".v1", example))
                    .as(event).isEmpty();
        }
    }
}
