package io.adeplatform.billing;

import io.adeplatform.platform.testing.MutableClock;
import io.adeplatform.platform.testing.TestKafka;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.adeplatform.billing.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Issuing with an invoice date before today: due dates count from that date, an invoice already past due is overdue
 * at once, and numbers keep following dates. The clock is pinned in a year no other test issues in, so this test
 * owns that year's number series.
 */
@QuarkusTest
class BackdatedInvoiceTest {

    private static final String TODAY = "2031-03-15";

    @Inject
    MutableClock clock;

    @BeforeEach
    void pinTheClock() {
        clock.set(Instant.parse(TODAY + "T10:00:00Z"));
    }

    @AfterEach
    void releaseTheClock() {
        clock.reset();
    }

    @Test
    void backdatedInvoiceIsDueFromItsDateAndOverdueAtOnceWhenThatHasPassed() {
        List<String> drafts = drafts(2);
        String first = drafts.get(0);
        String second = drafts.get(1);

        transition(as(FINANCE), "/api/invoices/" + first, Map.of("to", "issued", "invoiceDate", "2031-01-20"))
                .then().statusCode(200)
                .body("number", equalTo("INV-2031-000001"))
                .body("invoiceDate", equalTo("2031-01-20"))
                .body("dueDate", equalTo("2031-02-19"))
                .body("status", equalTo("overdue"));

        List<String> types = TestKafka.await("billing.invoice.events", r -> first.equals(r.key()), 2, Duration.ofSeconds(30))
                .stream().map(r -> TestKafka.header(r, "ce_type")).toList();
        assertThat(types).containsExactly("io.adeplatform.billing.invoice.issued.v1",
                "io.adeplatform.billing.invoice.overdue.v1");

        // numbers follow dates: an earlier date than the last numbered invoice of the year is refused, and the
        // refused attempt gives its number back
        transition(as(FINANCE), "/api/invoices/" + second, Map.of("to", "issued", "invoiceDate", "2031-01-10"))
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://adeplatform.io/problems/invoice-date-out-of-sequence"));
        as(VIEWER).get("/api/invoices/" + second).then().statusCode(200).body("status", equalTo("draft"));

        // without a body the invoice is dated today
        transition(as(FINANCE), "/api/invoices/" + second, "issued")
                .then().statusCode(200)
                .body("number", equalTo("INV-2031-000002"))
                .body("invoiceDate", equalTo(TODAY))
                .body("dueDate", equalTo("2031-04-14"))
                .body("status", equalTo("issued"));
    }

    @Test
    void invoiceDatesInTheFutureOrBeyondTheBackdatingWindowAreRefused() {
        String draft = drafts(1).get(0);
        transition(as(FINANCE), "/api/invoices/" + draft, Map.of("to", "issued", "invoiceDate", "2031-03-16"))
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("invoiceDate"));
        transition(as(FINANCE), "/api/invoices/" + draft, Map.of("to", "issued", "invoiceDate", "2030-12-14"))
                .then().statusCode(400).body("errors[0].field", equalTo("invoiceDate"));
        transition(as(FINANCE), "/api/invoices/" + draft, Map.of("to", "issued", "invoiceDate", "15/01/2031"))
                .then().statusCode(400).contentType("application/problem+json");
        as(VIEWER).get("/api/invoices/" + draft).then().statusCode(200)
                .body("status", equalTo("draft")).body("number", equalTo(null));
    }

    /** Draft invoices from the installments of a new active fixed-fee contract. */
    private static List<String> drafts(int count) {
        UUID customer = customer("enterprise");
        List<Map<String, Object>> schedule = new java.util.ArrayList<>();
        for (int i = 1; i <= count; i++) {
            schedule.add(installment("2031-01-0" + i, "1000"));
        }
        String contract = create(contract(customer, null,
                List.of(fixedLine(engagement(customer), String.valueOf(count * 1000), schedule))));
        activate(contract);
        return as(FINANCE).body(Map.of("contractId", contract, "asOf", "2031-02-28"))
                .post("/api/invoices/from-schedule").then().statusCode(201).extract().path("items.id");
    }
}
