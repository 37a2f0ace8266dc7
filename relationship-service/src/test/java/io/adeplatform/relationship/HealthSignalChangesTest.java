package io.adeplatform.relationship;

import io.adeplatform.platform.testing.TestKafka;
import io.adeplatform.platform.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static io.adeplatform.relationship.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Signals follow their item after it was first reported (issue 16): an escalation counts under its current severity
 * (escalation's severity-changed), and a voided or fully credited invoice is no longer overdue (billing's voided and
 * credit-note-issued with fullyCredited). Events are published here as the contracts describe them. The test
 * broker's topics have one partition, so each topic's events are applied in the order sent: a final state also
 * covers every event sent before it.
 */
@QuarkusTest
class HealthSignalChangesTest {

    private static final String ESCALATIONS = "escalation.escalation.events";
    private static final String INVOICES = "billing.invoice.events";
    private static final String ESCALATION = "io.adeplatform.escalation.escalation.";
    private static final String INVOICE = "io.adeplatform.billing.invoice.";

    private final String exec = TestTokens.bearer("ines." + UUID.randomUUID(), "executive");

    @Test
    void anEscalationCountsUnderItsCurrentSeverity() {
        String customer = Api.customer(exec, "Cascadia Health " + UUID.randomUUID());
        String escalation = UUID.randomUUID().toString();
        send(ESCALATIONS, ESCALATION + "opened.v1", escalation, """
                {"escalationId": "%s", "customerId": "%s", "engagementId": null, "title": "Cut-over slipped",
                 "severity": "high", "category": "delivery", "source": "customer", "level": "L1", "owner": "ada",
                 "openedAt": "%s"}""".formatted(escalation, customer, Instant.now()));
        awaitEscalations(customer, "0 critical and 1 high escalations open");

        send(ESCALATIONS, ESCALATION + "severity-changed.v1", escalation, severityChanged(escalation, customer, "high", "critical"));
        awaitEscalations(customer, "1 critical and 0 high escalations open");

        send(ESCALATIONS, ESCALATION + "severity-changed.v1", escalation, severityChanged(escalation, customer, "critical", "low"));
        awaitEscalations(customer, "0 critical and 0 high escalations open");

        // resolved, then re-classified: still not open, so it counts under no severity
        send(ESCALATIONS, ESCALATION + "resolved.v1", escalation, """
                {"escalationId": "%s", "customerId": "%s", "engagementId": null, "severity": "low", "level": "L1",
                 "causeCategory": "capacity", "resolvedBy": "ada", "resolvedAt": "%s"}"""
                .formatted(escalation, customer, Instant.now()));
        send(ESCALATIONS, ESCALATION + "severity-changed.v1", escalation, severityChanged(escalation, customer, "low", "critical"));
        // one never heard of before (its opening never arrived) counts as open under its severity
        String unknown = UUID.randomUUID().toString();
        send(ESCALATIONS, ESCALATION + "severity-changed.v1", unknown, severityChanged(unknown, customer, "medium", "high"));
        awaitEscalations(customer, "0 critical and 1 high escalations open");
    }

    @Test
    void aVoidedOrFullyCreditedInvoiceIsNoLongerOverdue() {
        String customer = Api.customer(exec, "Riverton Water " + UUID.randomUUID());
        String voided = UUID.randomUUID().toString();
        String credited = UUID.randomUUID().toString();
        String stillOverdue = UUID.randomUUID().toString();
        for (String invoice : new String[] {voided, credited, stillOverdue}) {
            send(INVOICES, INVOICE + "overdue.v1", invoice, """
                    {"invoiceId": "%s", "customerId": "%s", "number": "INV-1",
                     "openAmount": {"amount": 1200.00, "currency": "USD"}, "dueDate": "2026-10-31"}"""
                    .formatted(invoice, customer));
        }
        awaitInvoices(customer, "3 invoices overdue");

        send(INVOICES, INVOICE + "voided.v1", voided, """
                {"invoiceId": "%s", "customerId": "%s", "engagementId": null, "invoiceNumber": "INV-1",
                 "voidedBy": "fin.ance", "voidedAt": "%s"}""".formatted(voided, customer, Instant.now()));
        awaitInvoices(customer, "2 invoices overdue");

        // a partial credit leaves the invoice overdue; the one that credits the rest clears it
        send(INVOICES, INVOICE + "credit-note-issued.v1", credited, creditNote(credited, customer, "200.00", "1000.00", false));
        send(INVOICES, INVOICE + "credit-note-issued.v1", stillOverdue, creditNote(stillOverdue, customer, "100.00", "1100.00", false));
        // "fullyCredited" must be a JSON boolean (platform/events optionalBoolean): the text "true" is poison
        String poison = creditNote(stillOverdue, customer, "1100.00", "0.00", true).replace("\"fullyCredited\": true",
                "\"fullyCredited\": \"true\"");
        send(INVOICES, INVOICE + "credit-note-issued.v1", stillOverdue, poison);
        send(INVOICES, INVOICE + "credit-note-issued.v1", credited, creditNote(credited, customer, "1000.00", "0.00", true));
        awaitInvoices(customer, "1 invoices overdue");
        assertThat(TestKafka.await(INVOICES + ".relationship-service.health-invoices.dlq",
                r -> stillOverdue.equals(r.key()), 1, Duration.ofSeconds(30))).singleElement()
                .satisfies(r -> assertThat(new String(r.headers().lastHeader("dead-letter-reason").value(),
                        StandardCharsets.UTF_8)).contains("'fullyCredited' is not a boolean"));
    }

    private static void send(String topic, String type, String key, String payload) {
        TestKafka.sendCloudEvent(topic, UUID.randomUUID(), type, key, payload);
    }

    private static String severityChanged(String escalation, String customer, String from, String to) {
        return """
                {"escalationId": "%s", "customerId": "%s", "engagementId": null, "category": "delivery",
                 "source": "customer", "previousSeverity": "%s", "severity": "%s", "reason": null,
                 "changedBy": "ada", "changedAt": "%s"}""".formatted(escalation, customer, from, to, Instant.now());
    }

    private static String creditNote(String invoice, String customer, String amount, String outstanding,
                                     boolean fullyCredited) {
        return """
                {"invoiceId": "%s", "customerId": "%s", "creditNoteId": "%s", "number": "CN-1", "invoiceNumber": "INV-1",
                 "amount": {"amount": %s, "currency": "USD"}, "openAmount": {"amount": %s, "currency": "USD"},
                 "outstanding": {"amount": %s, "currency": "USD"}, "fullyCredited": %s,
                 "reason": "service credit", "issuedAt": "%s"}"""
                .formatted(invoice, customer, UUID.randomUUID(), amount, outstanding, outstanding, fullyCredited,
                        Instant.now());
    }

    private void awaitEscalations(String customer, String detail) {
        awaitFactor(customer, "open-escalations", detail);
    }

    private void awaitInvoices(String customer, String detail) {
        awaitFactor(customer, "overdue-invoices", detail);
    }

    private void awaitFactor(String customer, String factor, String detail) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                as(exec).get("/api/customers/" + customer + "/health").then().statusCode(200)
                        .body("factors.find { it.name == '" + factor + "' }.detail", equalTo(detail)));
    }
}
