package io.adeplatform.billing;

import io.adeplatform.billing.service.InvoiceService;
import io.adeplatform.platform.testing.EventContracts;
import io.adeplatform.platform.testing.TestKafka;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.adeplatform.billing.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

/**
 * Time entries, not-to-exceed, invoices from time and schedule, issuing, credit notes, payment, overdue, and the
 * profitability and revenue figures of one hand-computed engagement.
 */
@QuarkusTest
class InvoicingTest {

    private static final String INVOICES = "billing.invoice.events";

    @Inject
    InvoiceService invoiceService;

    private static Map<String, Object> entry(UUID engagement, String role, String hours, String date, Boolean nonBillable) {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("engagementId", engagement);
        body.put("person", "pat.person");
        body.put("role", role);
        body.put("date", date);
        body.put("hours", new java.math.BigDecimal(hours));
        if (nonBillable != null) {
            body.put("nonBillableIfExceeded", nonBillable);
        }
        return body;
    }

    private static String time(UUID engagement, String role, String hours, String date, Boolean nonBillable) {
        return as(DM).body(entry(engagement, role, hours, date, nonBillable)).post("/api/billing/time-entries")
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void engagementFromTimeToCashWithHandComputedFigures() {
        UUID customer = customer("enterprise");
        UUID engagement = engagement(customer);
        // T&M line: not-to-exceed 3,000; architect 200/120, engineer 150/90. Fixed fee 10,000 in 4,000 + 6,000.
        String contractId = create(contract(customer, "14000", List.of(
                tmLine(engagement, "20000", "3000"),
                fixedLine(engagement, "10000", List.of(installment("2026-01-31", "4000"), installment("2026-12-31", "6000"))))));
        engagementCreated(engagement, customer, "5000");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(VIEWER)
                .get("/api/billing/engagements/" + engagement + "/profitability").then().statusCode(200)
                .body("budget.amount", equalTo("5000.00")));
        // no time on a contract that is not active yet
        as(DM).body(entry(engagement, "architect", "1", "2026-03-10", null)).post("/api/billing/time-entries")
                .then().statusCode(422).body("type", containsString("no-rate"));
        activate(contractId);

        // validation, authorization, idempotency
        as(DM).body(entry(engagement, "architect", "0", "2026-03-10", null)).post("/api/billing/time-entries").then().statusCode(400);
        as(DM).body(entry(engagement, "astronaut", "1", "2026-03-10", null)).post("/api/billing/time-entries").then().statusCode(422);
        as(VIEWER).body(entry(engagement, "architect", "1", "2026-03-10", null)).post("/api/billing/time-entries").then().statusCode(403);
        as(FINANCE).body(entry(engagement, "architect", "1", "2026-03-10", null)).post("/api/billing/time-entries").then().statusCode(403);
        as(OUTSIDER).body(entry(engagement, "architect", "1", "2026-03-10", null)).post("/api/billing/time-entries").then().statusCode(404);
        // an engagement that exists nowhere answers exactly as another team's does
        as(DM).body(entry(UUID.randomUUID(), "architect", "1", "2026-03-10", null)).post("/api/billing/time-entries")
                .then().statusCode(404).body("type", containsString("not-found"));

        String key = UUID.randomUUID().toString();
        // e1: architect 10 h → bill 2,000, cost 1,200
        String e1 = as(DM).header("Idempotency-Key", key).body(entry(engagement, "architect", "10", "2026-03-10", null))
                .post("/api/billing/time-entries").then().statusCode(201)
                .body("billable", equalTo(true)).body("billAmount.amount", equalTo("2000.00")).body("costAmount.amount", equalTo("1200.00"))
                .extract().path("id");
        as(DM).header("Idempotency-Key", key).body(entry(engagement, "architect", "10", "2026-03-10", null))
                .post("/api/billing/time-entries").then().statusCode(201).body("id", equalTo(e1));
        // e2: engineer 6 h → 900 / 540; the line has 2,900 of 3,000
        String e2 = time(engagement, "engineer", "6", "2026-03-11", null);
        // e3: architect 1 h would reach 3,100 > 3,000: rejected, nothing stored
        as(DM).body(entry(engagement, "architect", "1", "2026-03-12", null)).post("/api/billing/time-entries")
                .then().statusCode(422).body("type", containsString("not-to-exceed-exceeded"))
                .body("detail", containsString("3000"));
        as(VIEWER).get("/api/billing/time-entries?engagementId=" + engagement).then().body("items", hasSize(2));
        // ... or accepted as non-billable when the caller says so: 0 / 120
        as(DM).body(entry(engagement, "architect", "1", "2026-03-12", true)).post("/api/billing/time-entries")
                .then().statusCode(201).body("billable", equalTo(false)).body("billAmount.amount", equalTo("0.00"))
                .body("costAmount.amount", equalTo("120.00"));

        // approval of hours (finance), then one invoice for March's approved time: 2,900
        transition(as(DM), "/api/billing/time-entries/" + e1, "approved").then().statusCode(403);
        transition(as(FINANCE), "/api/billing/time-entries/" + e1, "approved").then().statusCode(200).body("approved", equalTo(true));
        transition(as(FINANCE), "/api/billing/time-entries/" + e1, "approved").then().statusCode(409);
        transition(as(FINANCE), "/api/billing/time-entries/" + e2, "approved").then().statusCode(200);
        as(FINANCE).body(Map.of("contractId", contractId, "from", "2026-03-31", "to", "2026-03-01"))
                .post("/api/invoices/from-time").then().statusCode(400);
        as(VIEWER).body(Map.of("contractId", contractId, "from", "2026-03-01", "to", "2026-03-31"))
                .post("/api/invoices/from-time").then().statusCode(403);
        String t1 = as(FINANCE).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("contractId", contractId, "from", "2026-03-01", "to", "2026-03-31"))
                .post("/api/invoices/from-time").then().statusCode(201)
                .body("status", equalTo("draft")).body("source", equalTo("time")).body("number", nullValue())
                .body("total.amount", equalTo("2900.00")).body("lines", hasSize(2))
                .extract().path("id");
        as(FINANCE).body(Map.of("contractId", contractId, "from", "2026-03-01", "to", "2026-03-31"))
                .post("/api/invoices/from-time").then().statusCode(422).body("type", containsString("nothing-to-invoice"));
        transition(as(FINANCE), "/api/invoices/" + t1, "paid").then().statusCode(409);
        transition(as(VIEWER), "/api/invoices/" + t1, "issued").then().statusCode(403);
        as(OUTSIDER).get("/api/invoices/" + t1).then().statusCode(404);
        transition(as(FINANCE), "/api/invoices/" + t1, "issued").then().statusCode(200)
                .body("status", equalTo("issued"))
                .body("number", matchesPattern("INV-\\d{4}-\\d{6}"))
                .body("dueDate", equalTo(LocalDate.now().plusDays(30).toString()));
        transition(as(FINANCE), "/api/invoices/" + t1, "issued").then().statusCode(409);

        // fixed fee: installments due by mid-February → one draft of 4,000
        as(FINANCE).body(Map.of("contractId", contractId, "asOf", "2026-02-15")).post("/api/invoices/from-schedule")
                .then().statusCode(201).body("items", hasSize(1)).body("items[0].total.amount", equalTo("4000.00"));
        as(FINANCE).body(Map.of("contractId", contractId, "asOf", "2026-02-15")).post("/api/invoices/from-schedule")
                .then().statusCode(200).body("items", hasSize(0));
        String s1 = as(VIEWER).get("/api/invoices?contractId=" + contractId + "&status=draft").then().statusCode(200)
                .body("items", hasSize(1)).extract().path("items[0].id");
        transition(as(FINANCE), "/api/invoices/" + s1, "issued").then().statusCode(200);
        // a draft voided gives its installment back
        String s2 = as(FINANCE).body(Map.of("contractId", contractId, "asOf", "2026-12-31")).post("/api/invoices/from-schedule")
                .then().statusCode(201).extract().path("items[0].id");
        transition(as(FINANCE), "/api/invoices/" + s2, "void").then().statusCode(200).body("status", equalTo("void"));
        transition(as(FINANCE), "/api/invoices/" + s2, "issued").then().statusCode(409);
        String s3 = as(FINANCE).body(Map.of("contractId", contractId, "asOf", "2026-12-31")).post("/api/invoices/from-schedule")
                .then().statusCode(201).body("items[0].total.amount", equalTo("6000.00")).extract().path("items[0].id");

        // credit notes: never above the open amount
        as(FINANCE).body(Map.of("amount", money("4000.01"), "reason", "too much")).post("/api/invoices/" + s1 + "/credit-notes")
                .then().statusCode(422).body("type", containsString("credit-exceeds-open-amount"));
        as(FINANCE).body(Map.of("amount", Map.of("amount", "10", "currency", "EUR"), "reason", "x"))
                .post("/api/invoices/" + s1 + "/credit-notes").then().statusCode(400);
        as(FINANCE).body(Map.of("amount", money("100"))).post("/api/invoices/" + s1 + "/credit-notes").then().statusCode(400);
        as(VIEWER).body(Map.of("amount", money("100"), "reason", "x")).post("/api/invoices/" + s1 + "/credit-notes").then().statusCode(403);
        as(FINANCE).body(Map.of("amount", money("100"), "reason", "x")).post("/api/invoices/" + s3 + "/credit-notes")
                .then().statusCode(409);
        String cnKey = UUID.randomUUID().toString();
        String beforeCredit = etag("/api/invoices/" + s1);
        // the answer is the credit note; the invoice it lowered is read at its own path, under a new version
        String note = as(FINANCE).header("Idempotency-Key", cnKey).body(Map.of("amount", money("1000"), "reason", "late report"))
                .post("/api/invoices/" + s1 + "/credit-notes").then().statusCode(201)
                .header("Location", containsString("/api/invoices/" + s1 + "/credit-notes/"))
                .body("invoiceId", equalTo(s1)).body("amount.amount", equalTo("1000.00"))
                .body("amount.currency", equalTo("USD")).body("reason", equalTo("late report"))
                .body("issuedBy", equalTo(FINANCE)).body("number", matchesPattern("CN-\\d{4}-\\d{6}"))
                .extract().path("id");
        as(FINANCE).header("Idempotency-Key", cnKey).body(Map.of("amount", money("1000"), "reason", "late report"))
                .post("/api/invoices/" + s1 + "/credit-notes").then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", equalTo(note));
        as(VIEWER).get("/api/invoices/" + s1).then().header("ETag", org.hamcrest.Matchers.not(equalTo(beforeCredit)))
                .body("openAmount.amount", equalTo("3000.00")).body("creditNotes", hasSize(1))
                .body("creditNotes[0].id", equalTo(note));
        as(VIEWER).get("/api/invoices/" + s1 + "/credit-notes").then().statusCode(200).body("items", hasSize(1))
                .body("items[0].id", equalTo(note)).body("page", equalTo(0)).body("hasMore", equalTo(false));
        as(VIEWER).get("/api/invoices/" + s1 + "/credit-notes/" + note).then().statusCode(200)
                .body("amount.amount", equalTo("1000.00")).body("number", matchesPattern("CN-\\d{4}-\\d{6}"));
        as(VIEWER).get("/api/invoices/" + s3 + "/credit-notes/" + note).then().statusCode(404);
        as(OUTSIDER).get("/api/invoices/" + s1 + "/credit-notes").then().statusCode(404);
        as(OUTSIDER).get("/api/invoices/" + s1 + "/credit-notes/" + note).then().statusCode(404);
        as(FINANCE).body(Map.of("amount", money("3000.01"), "reason", "again")).post("/api/invoices/" + s1 + "/credit-notes")
                .then().statusCode(422);
        as(VIEWER).get("/api/invoices/" + s1).then().body("creditNotes", hasSize(1)).body("credited.amount", equalTo("1000.00"));

        // payment of T1; the overdue job marks S1 (open 3,000) overdue after its due date, T1 is paid
        transition(as(FINANCE), "/api/invoices/" + t1, "paid").then().statusCode(200).body("status", equalTo("paid"))
                .body("openAmount.amount", equalTo("0.00"));
        transition(as(FINANCE), "/api/invoices/" + t1, "void").then().statusCode(409);
        invoiceService.markOverdue(LocalDate.now().plusDays(30));
        as(VIEWER).get("/api/invoices/" + s1).then().body("status", equalTo("issued"));
        assertThat(invoiceService.markOverdue(LocalDate.now().plusDays(31))).isGreaterThanOrEqualTo(1);
        as(VIEWER).get("/api/invoices/" + s1).then().body("status", equalTo("overdue"));
        as(VIEWER).get("/api/invoices/" + t1).then().body("status", equalTo("paid"));
        as(VIEWER).get("/api/invoices?customerId=" + customer + "&status=overdue").then().body("items", hasSize(1));
        as(OUTSIDER).get("/api/invoices?customerId=" + customer).then().statusCode(200).body("items", hasSize(0));
        as(VIEWER).get("/api/invoices?status=late").then().statusCode(400);
        // several statuses, comma-separated or repeated (Account 360 lists the open ones: issued,overdue)
        as(VIEWER).get("/api/invoices?customerId=" + customer + "&status=overdue,paid").then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.containsInAnyOrder(s1, t1));
        as(VIEWER).get("/api/invoices?customerId=" + customer + "&status=paid&status=overdue").then().statusCode(200)
                .body("items", hasSize(2));
        as(VIEWER).get("/api/invoices?status=paid,late").then().statusCode(400).body("errors[0].field", equalTo("status"));

        // more time: e4 engineer 24 h non-billable (0 / 2,160): its cost reaches the ledger once approved
        time(engagement, "engineer", "24", "2026-04-01", true);
        // e5 engineer 2 h non-billable (0 / 180); e6 architect 0.5 h billable, the line is then at exactly 3,000 (100 / 60)
        time(engagement, "engineer", "2", "2026-04-02", true);
        as(DM).body(entry(engagement, "architect", "0.5", "2026-04-02", null)).post("/api/billing/time-entries")
                .then().statusCode(201).body("billable", equalTo(true)).body("billAmount.amount", equalTo("100.00"));
        // e7 engineer 9 h non-billable (0 / 810)
        time(engagement, "engineer", "9", "2026-04-03", true);
        time(engagement, "engineer", "1", "2026-04-04", true);

        // revenue recognition: T&M approved hours 2,900 (e6 not approved); fixed fee 37.5 % of 10,000 = 3,750
        as(DM).header("If-Match", "*").body(Map.of("percentComplete", 150)).put("/api/contracts/" + contractId + "/lines/"
                + as(VIEWER).get("/api/contracts/" + contractId).path("lines[1].id") + "/progress").then().statusCode(400);
        String fixedLineId = as(VIEWER).get("/api/contracts/" + contractId).path("lines[1].id");
        String progress = "/api/contracts/" + contractId + "/lines/" + fixedLineId + "/progress";
        as(DM).body(Map.of("percentComplete", 37.5)).put(progress).then().statusCode(428);
        as(DM).header("If-Match", "\"0\"").body(Map.of("percentComplete", 37.5)).put(progress).then().statusCode(412);
        as(DM).header("If-Match", etag("/api/contracts/" + contractId)).body(Map.of("percentComplete", 37.5)).put(progress)
                .then().statusCode(200).body("lines[1].percentComplete", equalTo(37.5f));
        as(VIEWER).header("If-Match", etag("/api/contracts/" + contractId)).body(Map.of("percentComplete", 50)).put(progress)
                .then().statusCode(403);
        as(VIEWER).get("/api/contracts/" + contractId + "/revenue").then().statusCode(200)
                .body("lines[0].recognized.amount", equalTo("2900.00"))
                .body("lines[0].billed.amount", equalTo("2900.00"))
                .body("lines[1].recognized.amount", equalTo("3750.00"))
                .body("lines[1].billed.amount", equalTo("4000.00"))
                .body("recognized.amount", equalTo("6650.00"));
        as(OUTSIDER).get("/api/contracts/" + contractId + "/revenue").then().statusCode(404);

        // portfolio's ledger (the one actual cost) reports 4,020, then 5,070, then 5,160: alerts at 80 % and 100 %
        actualCostChanged(engagement, customer, "4020", "2026-04-01T18:00:00Z");
        actualCostChanged(engagement, customer, "5070", "2026-04-03T18:00:00Z");
        actualCostChanged(engagement, customer, "5160", "2026-04-04T18:00:00Z");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(VIEWER)
                .get("/api/billing/engagements/" + engagement + "/profitability").then().body("cost.amount", equalTo("5160.00")));
        // recognized: approved time 2,900 (e6 not approved) + fixed fee 3,750 = 6,650 (as /revenue says);
        // billed (gross): T1 2,900 + S1 4,000 = 6,900 (as /revenue says), credited 1,000 apart; unbilled −250;
        // revenue 6,650 − 1,000 = 5,650; cost 5,160; margin 490 = 8.67 %; budget 5,000: burn 103.20 %, remaining −160
        as(VIEWER).get("/api/billing/engagements/" + engagement + "/profitability").then().statusCode(200)
                .body("revenueRecognized.amount", equalTo("6650.00"))
                .body("revenueBilled.amount", equalTo("6900.00"))
                .body("credited.amount", equalTo("1000.00"))
                .body("revenueUnbilled.amount", equalTo("-250.00"))
                .body("revenue.amount", equalTo("5650.00"))
                .body("cost.amount", equalTo("5160.00"))
                .body("margin.amount", equalTo("490.00"))
                .body("marginPercent", equalTo(8.67f))
                .body("budgetBurnPercent", equalTo(103.20f))
                .body("budgetRemaining.amount", equalTo("-160.00"));
        as(VIEWER).get("/api/contracts/" + contractId + "/revenue").then()
                .body("billed.amount", equalTo("6900.00")).body("credited.amount", equalTo("1000.00"))
                .body("revenue.amount", equalTo("5650.00"));
        as(OUTSIDER).get("/api/billing/engagements/" + engagement + "/profitability").then().statusCode(404);
        as(VIEWER).get("/api/billing/engagements/" + UUID.randomUUID() + "/profitability").then().statusCode(404);

        // events: T1 issued + paid, S1 issued + credit note + overdue; thresholds 80 and 100 once each
        List<ConsumerRecord<String, String>> t1Events = TestKafka.await(INVOICES, r -> t1.equals(r.key()), 2, Duration.ofSeconds(30));
        assertThat(t1Events).extracting(r -> TestKafka.header(r, "ce_type")).containsExactly(
                "io.adeplatform.billing.invoice.issued.v1", "io.adeplatform.billing.invoice.paid.v1");
        List<ConsumerRecord<String, String>> s1Events = TestKafka.await(INVOICES, r -> s1.equals(r.key()), 3, Duration.ofSeconds(30));
        assertThat(s1Events).extracting(r -> TestKafka.header(r, "ce_type")).containsExactly(
                "io.adeplatform.billing.invoice.issued.v1", "io.adeplatform.billing.invoice.credit-note-issued.v1",
                "io.adeplatform.billing.invoice.overdue.v1");
        assertThat(json(s1Events.get(2).value()).get("openAmount").get("amount").decimalValue()).isEqualByComparingTo("3000");
        assertThat(json(s1Events.get(1).value()).get("fullyCredited").asBoolean()).isFalse();
        assertThat(json(s1Events.get(1).value()).get("outstanding").get("amount").decimalValue()).isEqualByComparingTo("3000");
        // the voided draft S2: never numbered
        List<ConsumerRecord<String, String>> s2Events = TestKafka.await(INVOICES, r -> s2.equals(r.key()), 1, Duration.ofSeconds(30));
        assertThat(s2Events).extracting(r -> TestKafka.header(r, "ce_type")).containsExactly("io.adeplatform.billing.invoice.voided.v1");
        assertThat(json(s2Events.get(0).value()).get("invoiceNumber").isNull()).isTrue();
        assertThat(json(s2Events.get(0).value()).get("voidedBy").asText()).isEqualTo(FINANCE);
        // approved hours reach portfolio's cost ledger: e1 at cost 1,200
        List<ConsumerRecord<String, String>> approved = TestKafka.await("billing.contract.events", r -> contractId.equals(r.key())
                && "io.adeplatform.billing.contract.time-entry-approved.v1".equals(TestKafka.header(r, "ce_type")), 2, Duration.ofSeconds(30));
        assertThat(approved).hasSize(2);
        assertThat(json(approved.get(0).value()).get("timeEntryId").asText()).isEqualTo(e1);
        assertThat(json(approved.get(0).value()).get("cost").get("amount").decimalValue()).isEqualByComparingTo("1200");
        assertThat(json(approved.get(0).value()).get("workDate").asText()).isEqualTo("2026-03-10");
        List<ConsumerRecord<String, String>> budgetEvents = TestKafka.await(INVOICES,
                r -> engagement.toString().equals(r.key()), 3, Duration.ofSeconds(8));
        assertThat(budgetEvents).hasSize(2);
        assertThat(json(budgetEvents.get(0).value()).get("threshold").asInt()).isEqualTo(80);
        assertThat(json(budgetEvents.get(0).value()).get("spent").get("amount").decimalValue()).isEqualByComparingTo("4020");
        assertThat(json(budgetEvents.get(1).value()).get("threshold").asInt()).isEqualTo(100);
        assertThat(json(budgetEvents.get(1).value()).get("spent").get("amount").decimalValue()).isEqualByComparingTo("5070");
        assertThat(json(budgetEvents.get(1).value()).get("budget").get("amount").decimalValue()).isEqualByComparingTo("5000");
        for (var record : concat(t1Events, s1Events, s2Events, approved, budgetEvents)) {
            assertThat(EventContracts.violations(TestKafka.header(record, "ce_type"), record.value())).isEmpty();
        }
    }

    @Test
    void contractNotToExceedLimitsTimeAcrossLines() {
        UUID customer = customer("enterprise");
        UUID engagement = engagement(customer);
        // committed fixed fee 1,000; contract limit 1,500 leaves 500 for time
        String contractId = create(contract(customer, "1500", List.of(tmLine(engagement, "5000", null),
                fixedLine(engagement, "1000", List.of(installment("2026-05-31", "1000"))))));
        activate(contractId);
        time(engagement, "architect", "2", "2026-05-01", null); // 400
        as(DM).body(entry(engagement, "architect", "1", "2026-05-02", null)).post("/api/billing/time-entries")
                .then().statusCode(422).body("detail", containsString("contract's not-to-exceed"));
        time(engagement, "engineer", "0.5", "2026-05-02", null); // 75 → 1,475
        as(VIEWER).get("/api/billing/time-entries?contractId=" + contractId).then().body("items", hasSize(2));
    }

    /** Both ways an invoice stops being owed tell so: a full credit (fullyCredited, outstanding 0) and a void. */
    @Test
    void fullCreditAndVoidAreAnnounced() {
        UUID customer = customer("enterprise");
        UUID engagement = engagement(customer);
        String contractId = create(contract(customer, null, List.of(fixedLine(engagement, "10000",
                List.of(installment("2026-01-31", "4000"), installment("2026-02-28", "6000"))))));
        activate(contractId);
        List<String> drafts = as(FINANCE).body(Map.of("contractId", contractId, "asOf", "2026-03-01"))
                .post("/api/invoices/from-schedule").then().statusCode(201).extract().path("items.id");
        String credited = drafts.get(0);
        String voided = drafts.get(1);
        transition(as(FINANCE), "/api/invoices/" + credited, "issued").then().statusCode(200);
        String number = transition(as(FINANCE), "/api/invoices/" + voided, "issued").then().statusCode(200).extract().path("number");
        as(FINANCE).body(Map.of("amount", money("1500"), "reason", "partial")).post("/api/invoices/" + credited + "/credit-notes")
                .then().statusCode(201);
        as(FINANCE).body(Map.of("amount", money("2500"), "reason", "the rest")).post("/api/invoices/" + credited + "/credit-notes")
                .then().statusCode(201).body("amount.amount", equalTo("2500.00"));
        as(FINANCE).get("/api/invoices/" + credited).then().body("openAmount.amount", equalTo("0.00"))
                .body("credited.amount", equalTo("4000.00"));
        transition(as(FINANCE), "/api/invoices/" + voided, "void").then().statusCode(200).body("status", equalTo("void"));

        List<ConsumerRecord<String, String>> notes = TestKafka.await(INVOICES, r -> credited.equals(r.key()), 3, Duration.ofSeconds(30));
        assertThat(notes).extracting(r -> TestKafka.header(r, "ce_type")).containsExactly("io.adeplatform.billing.invoice.issued.v1",
                "io.adeplatform.billing.invoice.credit-note-issued.v1", "io.adeplatform.billing.invoice.credit-note-issued.v1");
        assertThat(json(notes.get(1).value()).get("fullyCredited").asBoolean()).isFalse();
        assertThat(json(notes.get(1).value()).get("outstanding").get("amount").decimalValue()).isEqualByComparingTo("2500");
        assertThat(json(notes.get(2).value()).get("fullyCredited").asBoolean()).isTrue();
        assertThat(json(notes.get(2).value()).get("outstanding").get("amount").decimalValue()).isEqualByComparingTo("0");
        List<ConsumerRecord<String, String>> voids = TestKafka.await(INVOICES, r -> voided.equals(r.key()), 2, Duration.ofSeconds(30));
        assertThat(voids).extracting(r -> TestKafka.header(r, "ce_type")).containsExactly(
                "io.adeplatform.billing.invoice.issued.v1", "io.adeplatform.billing.invoice.voided.v1");
        var payload = json(voids.get(1).value());
        assertThat(payload.get("invoiceNumber").asText()).isEqualTo(number);
        assertThat(payload.get("engagementId").asText()).isEqualTo(engagement.toString());
        assertThat(payload.get("customerId").asText()).isEqualTo(customer.toString());
        assertThat(payload.get("voidedBy").asText()).isEqualTo(FINANCE);
        for (var record : concat(notes, voids)) {
            assertThat(EventContracts.violations(TestKafka.header(record, "ce_type"), record.value())).isEmpty();
        }
    }

    @SafeVarargs
    private static <T> List<T> concat(List<T>... lists) {
        return java.util.Arrays.stream(lists).flatMap(List::stream).toList();
    }
}
