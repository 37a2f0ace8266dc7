package io.adeplatform.billing;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.adeplatform.billing.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

/** Invoice numbers are gap-free per year even when several invoices are issued at the same moment. */
@QuarkusTest
class InvoiceNumberingTest {

    @Test
    void concurrentIssuingGivesConsecutiveUniqueNumbers() throws Exception {
        UUID customer = customer("enterprise");
        UUID engagement = engagement(customer);
        int count = 8;
        List<Map<String, Object>> schedule = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            schedule.add(installment("2026-0" + i + "-01", "1000"));
        }
        String contractId = create(contract(customer, null, List.of(fixedLine(engagement, String.valueOf(count * 1000), schedule))));
        activate(contractId);
        List<String> ids = as(FINANCE).body(Map.of("contractId", contractId, "asOf", "2026-12-31"))
                .post("/api/invoices/from-schedule").then().statusCode(201).extract().path("items.id");
        assertThat(ids).hasSize(count);

        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            List<Callable<String>> issues = ids.stream().<Callable<String>>map(id -> () -> transition(as(FINANCE),
                    "/api/invoices/" + id, "issued").then().statusCode(200).extract().path("number")).toList();
            List<String> numbers = new ArrayList<>();
            for (Future<String> f : pool.invokeAll(issues)) {
                numbers.add(f.get());
            }
            List<Integer> sequence = numbers.stream().map(n -> Integer.parseInt(n.substring(n.lastIndexOf('-') + 1))).sorted().toList();
            assertThat(sequence).doesNotHaveDuplicates();
            assertThat(sequence.get(count - 1) - sequence.get(0)).isEqualTo(count - 1);
            assertThat(numbers).allMatch(n -> n.startsWith("INV-" + java.time.LocalDate.now().getYear() + "-"));
        } finally {
            pool.shutdownNow();
        }
    }
}
