package io.adeplatform.consumption;

import io.adeplatform.platform.testing.EventContracts;
import io.adeplatform.platform.testing.TestKafka;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.adeplatform.consumption.Fixtures.HEADER;
import static io.adeplatform.consumption.Fixtures.STRANGER;
import static io.adeplatform.consumption.Fixtures.VIEWER;
import static io.adeplatform.consumption.Fixtures.row;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
class UsageIngestionTest {

    @Inject
    EntityManager em;

    private BigDecimal[] totals(UUID customer) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Object[] raw = (Object[]) em.createNativeQuery("SELECT coalesce(sum(cost), 0), count(*) FROM usage_record WHERE customer_id = ?1")
                    .setParameter(1, customer).getSingleResult();
            Object[] rollup = (Object[]) em.createNativeQuery("SELECT coalesce(sum(cost), 0), coalesce(sum(row_count), 0) FROM usage_daily WHERE customer_id = ?1")
                    .setParameter(1, customer).getSingleResult();
            return new BigDecimal[] {(BigDecimal) raw[0], new BigDecimal(raw[1].toString()),
                    (BigDecimal) rollup[0], new BigDecimal(rollup[1].toString())};
        });
    }

    /** A realistic export: BOM, columns in another order plus extra ones, quoted values with commas, CRLF, a blank line. */
    private static String realisticExport(String sub) {
        return "\uFEFFSubscriptionId,Date,ResourceGroup,ServiceName,Meter,Quantity,Unit,Cost,Currency,Tags\r\n"
                + sub + ",2026-09-01,rg-web,Virtual Machines,\"D2s v3, Linux\",24,Hours,12.3456,USD,\"{\"\"env\"\": \"\"prod\"\"}\"\r\n"
                + sub + ",2026-09-01,rg-web,Storage,\"LRS Data Stored\",100.5,GB/Month,2.10,usd,\r\n"
                + "\r\n"
                + sub + ",09/02/2026,rg-web,Virtual Machines,\"D2s v3, Linux\",24,Hours,12.35,USD,\r\n"
                + sub + ",2026-09-02,\"rg \"\"quoted\"\"\",Storage,LRS Data Stored,100,GB/Month,0.005,USD,\r\n";
    }

    @Test
    void ingestsRealisticFileAndReuploadAddsNothing() throws Exception {
        UUID customer = Fixtures.customer("Ingestion County");
        String sub = Fixtures.subscription(customer);
        ExtractableResponse<Response> first = Fixtures.upload(realisticExport(sub)).statusCode(200)
                .body("accepted", equalTo(4)).body("duplicates", equalTo(0)).body("rejected", equalTo(0))
                .body("fromDate", equalTo("2026-09-01")).body("toDate", equalTo("2026-09-02"))
                .extract();
        BigDecimal[] totals = totals(customer);
        assertThat(totals[0]).isEqualByComparingTo("26.8006");  // 12.3456 + 2.10 + 12.35 + 0.0050
        assertThat(totals[1]).isEqualByComparingTo("4");
        assertThat(totals[2]).isEqualByComparingTo(totals[0]);  // rollup = raw, to the cent and beyond
        assertThat(totals[3]).isEqualByComparingTo(totals[1]);

        Fixtures.upload(realisticExport(sub)).statusCode(200)
                .body("accepted", equalTo(0)).body("duplicates", equalTo(4)).body("rejected", equalTo(0));
        // overlapping file: one known row restated (2.10 → 9.99: replaces it, issue 16), one new
        Fixtures.upload(HEADER + row("2026-09-01", sub, "Storage", "LRS Data Stored", "9.99").replace("rg-main", "rg-web")
                        + row("2026-09-03", sub, "Storage", "LRS Data Stored", "2.00"))
                .statusCode(200).body("accepted", equalTo(1)).body("duplicates", equalTo(0)).body("updated", equalTo(1));
        totals = totals(customer);
        assertThat(totals[0]).isEqualByComparingTo("36.6906"); // 26.8006 - 2.10 + 9.99 + 2.00
        assertThat(totals[1]).isEqualByComparingTo("5");
        assertThat(totals[2]).isEqualByComparingTo(totals[0]);

        String uploadId = first.path("uploadId");
        List<ConsumerRecord<String, String>> events = TestKafka.await("consumption.usage.events",
                r -> uploadId.equals(r.key()), 1, Duration.ofSeconds(20));
        assertThat(events).hasSize(1);
        String type = TestKafka.header(events.get(0), "ce_type");
        assertThat(type).isEqualTo("io.adeplatform.consumption.usage.ingested.v1");
        com.fasterxml.jackson.databind.JsonNode payload = new com.fasterxml.jackson.databind.ObjectMapper().readTree(events.get(0).value());
        assertThat(payload.get("customerIds").get(0).asText()).isEqualTo(customer.toString());
        assertThat(payload.get("accepted").asInt()).isEqualTo(4);
        assertThat(payload.get("source").asText()).isEqualTo("csv");
        assertThat(EventContracts.violations(type, events.get(0).value())).isEmpty();
    }

    @Test
    void largeFileIsStreamedAcrossPartitions() {
        // ~2 MB: beyond the request buffer (streamed from the connection) and the platform's 1 MB default body limit;
        // 25,000 rows over 500 days (2025-01-01 onwards: 17 monthly partitions), many 64 KB COPY chunks
        UUID customer = Fixtures.customer("Large County");
        String sub = Fixtures.subscription(customer);
        StringBuilder csv = new StringBuilder(HEADER);
        java.time.LocalDate start = java.time.LocalDate.of(2025, 1, 1);
        BigDecimal expected = BigDecimal.ZERO;
        for (int i = 0; i < 25_000; i++) {
            String cost = "1.0" + (i % 7);
            expected = expected.add(new BigDecimal(cost));
            csv.append(row(start.plusDays(i / 50).toString(), sub, "Service " + (i % 5), "meter-" + (i % 50), cost));
        }
        String body = csv.toString();
        assertThat(body.length()).isGreaterThan(1_500_000);
        Fixtures.upload(body).statusCode(200).body("accepted", equalTo(25_000)).body("rejected", equalTo(0))
                .body("fromDate", equalTo("2025-01-01")).body("toDate", equalTo("2026-05-15"));
        BigDecimal[] totals = totals(customer);
        assertThat(totals[0]).isEqualByComparingTo(expected);
        assertThat(totals[2]).isEqualByComparingTo(expected);
        assertThat(totals[3]).isEqualByComparingTo("25000");
        Fixtures.upload(body).statusCode(200).body("accepted", equalTo(0)).body("duplicates", equalTo(25_000));
    }

    @Test
    void overlappingUploadStoresOnlyNewRowsWhicheverPathEachChunkTakes() {
        // chunks of 20,000 rows go straight into usage_record by COPY unless they meet a stored key; then they take
        // the staging path. Upload 2 = 20,000 new rows (straight) + 10,000 rows of upload 1 and a key twice (staging).
        UUID customer = Fixtures.customer("Overlap County");
        String sub = Fixtures.subscription(customer);
        java.time.LocalDate start = java.time.LocalDate.of(2025, 6, 1);
        StringBuilder first = new StringBuilder(HEADER);
        for (int i = 20_000; i < 35_000; i++) {
            first.append(row(start.plusDays(i / 100).toString(), sub, "Service " + (i % 3), "meter-" + (i % 100), "2.5"));
        }
        StringBuilder second = new StringBuilder(HEADER);
        for (int i = 0; i < 30_000; i++) {
            second.append(row(start.plusDays(i / 100).toString(), sub, "Service " + (i % 3), "meter-" + (i % 100), "2.5"));
        }
        // a key already in this file (first chunk, "Service 0"), restated in the staged chunk with another service:
        // it replaces the stored row (issue 16) and the rollup moves from one service to the other
        second.append(row(start.plusDays(2).toString(), sub, "Service 2", "meter-1", "2.5"));
        Fixtures.upload(first.toString()).statusCode(200).body("accepted", equalTo(15_000));
        Fixtures.upload(second.toString()).statusCode(200)
                .body("accepted", equalTo(20_000)).body("duplicates", equalTo(10_000)).body("updated", equalTo(1))
                .body("rejected", equalTo(0));
        BigDecimal[] totals = totals(customer);
        assertThat(totals[1]).isEqualByComparingTo("35000");
        assertThat(totals[0]).isEqualByComparingTo("87500.00");
        assertThat(totals[2]).isEqualByComparingTo(totals[0]);
        assertThat(totals[3]).isEqualByComparingTo(totals[1]);
    }

    @Test
    void aCurrencyThatIsNotIso4217IsRejectedWithItsLine() {
        UUID customer = Fixtures.customer("Currency County");
        String sub = Fixtures.subscription(customer);
        String csv = HEADER
                + row("2026-08-01", sub, "Storage", "Blob", "1.00")                     // 2 ok
                + "2026-08-01," + sub + ",Compute,D2s,rg,1,Hours,2.00,XXQ\n";          // 3 three letters, no currency
        Fixtures.upload(csv).statusCode(200)
                .body("accepted", equalTo(1)).body("rejected", equalTo(1))
                .body("rejections.line", equalTo(List.of(3)))
                .body("rejections[0].reason", containsString("ISO 4217"));
        assertThat(totals(customer)[0]).isEqualByComparingTo("1.00");
    }

    @Test
    void malformedRowsAreRejectedWithLineAndReasonWhileGoodRowsAreStored() {
        UUID customer = Fixtures.customer("Malformed County");
        String sub = Fixtures.subscription(customer);
        String csv = HEADER                                                            // line 1
                + row("2026-08-01", sub, "Storage", "Blob", "1.00")                     // 2 ok
                + row("2026-08-01", "sub-unknown", "Storage", "Blob", "1.00")           // 3 unknown subscription
                + row("2026-13-45", sub, "Storage", "Blob", "1.00")                     // 4 bad date
                + row("2026-08-02", sub, "Storage", "Blob", "abc")                      // 5 non-numeric cost
                + "2026-08-02," + sub + ",Storage,Blob,rg,1,Hours,1.00\n"               // 6 wrong column count
                + "2026-08-03," + sub + ",\"Storage, Premium\",\"Blob \"\"hot\"\"\",rg,1,Hours,3.00,USD\n" // 7 ok (RFC 4180)
                + "2026-08-04," + sub + ",Storage,\"Blob\n tier\",rg,1,Hours,2.00,USD\n" // 8-9 ok: quoted line break
                + row("2026-08-05", sub, "Storage", "Blob", "4.00");                    // 10 ok
        Fixtures.upload(csv).statusCode(200)
                .body("accepted", equalTo(4)).body("rejected", equalTo(4)).body("duplicates", equalTo(0))
                .body("rejections.line", equalTo(List.of(3, 4, 5, 6)))
                .body("rejections[0].reason", containsString("unknown subscription"))
                .body("rejections[1].reason", containsString("bad date"))
                .body("rejections[2].reason", containsString("cost is not a number"))
                .body("rejections[3].reason", containsString("expected 9 columns, found 8"));
        assertThat(totals(customer)[0]).isEqualByComparingTo("10.00");

        // an unbalanced quote refuses the whole file, naming the line: the good row before it is not stored either
        Fixtures.upload(HEADER + row("2026-08-06", sub, "Storage", "Blob", "5.00")
                        + "2026-08-07," + sub + ",Storage,\"Blob,rg,1,Hours,1.00,USD\n")
                .statusCode(400).contentType("application/problem+json").body("line", equalTo(3))
                .body("detail", containsString("never closed"));
        assertThat(totals(customer)[0]).isEqualByComparingTo("10.00");
    }

    @Test
    void fileWithoutValidHeaderIs400AndStoresNothing() {
        UUID customer = Fixtures.customer("Headless County");
        String sub = Fixtures.subscription(customer);
        Fixtures.upload(row("2026-08-01", sub, "Storage", "Blob", "1.00")).statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("header"));
        Fixtures.upload("").statusCode(400).contentType("application/problem+json");
        assertThat(totals(customer)[1]).isEqualByComparingTo("0");
    }

    @Test
    void authorization() {
        UUID customer = Fixtures.customer("Guarded County");
        String sub = Fixtures.subscription(customer);
        String csv = HEADER + row("2026-08-01", sub, "Storage", "Blob", "1.00");
        given().header("Authorization", VIEWER).contentType("text/csv").body(csv).post("/api/consumption/usage")
                .then().statusCode(403);
        // a non-member cannot load usage into another customer's subscription: it is unknown to them
        given().header("Authorization", STRANGER).contentType("text/csv").body(csv).post("/api/consumption/usage")
                .then().statusCode(200).body("accepted", equalTo(0)).body("rejected", equalTo(1))
                .body("rejections[0].reason", containsString("unknown subscription"));
        given().header("Authorization", VIEWER).queryParam("customerId", customer.toString())
                .queryParam("groupBy", "weekly").get("/api/consumption/usage").then().statusCode(400);
        assertThat(totals(customer)[1]).isEqualByComparingTo("0");

        // issue 17: the series filtered by a customer the caller cannot see (or that does not exist) is 200 without
        // items, like every filtered list; the member sees the same range's usage
        Fixtures.upload(csv).statusCode(200).body("accepted", equalTo(1));
        given().header("Authorization", VIEWER).queryParam("customerId", customer.toString())
                .queryParam("from", "2026-08-01").queryParam("to", "2026-08-01")
                .get("/api/consumption/usage").then().statusCode(200).body("items.key", equalTo(List.of("2026-08-01")));
        for (UUID filter : List.of(customer, UUID.randomUUID())) {
            given().header("Authorization", STRANGER).queryParam("customerId", filter.toString())
                    .queryParam("from", "2026-08-01").queryParam("to", "2026-08-01")
                    .get("/api/consumption/usage").then().statusCode(200)
                    .body("customerId", equalTo(filter.toString())).body("items", hasSize(0));
        }
    }

    @Test
    void seriesGroupsTheRollup() {
        UUID customer = Fixtures.customer("Series County");
        String sub = Fixtures.subscription(customer);
        Fixtures.upload(HEADER + row("2026-07-30", sub, "Storage", "Blob", "1.50")
                + row("2026-07-31", sub, "Compute", "D2", "2.25")
                + row("2026-08-01", sub, "Storage", "Blob", "3.00")).statusCode(200).body("accepted", equalTo(3));
        given().header("Authorization", VIEWER).queryParam("customerId", customer.toString())
                .queryParam("from", "2026-07-01").queryParam("to", "2026-08-31").queryParam("groupBy", "month")
                .get("/api/consumption/usage").then().statusCode(200)
                .body("items.key", equalTo(List.of("2026-07", "2026-08")))
                .body("items[0].cost.amount", equalTo("3.75"))
                .body("items[1].cost.currency", equalTo("USD"));
        given().header("Authorization", VIEWER).queryParam("customerId", customer.toString())
                .queryParam("from", "2026-07-01").queryParam("to", "2026-08-31").queryParam("groupBy", "service")
                .get("/api/consumption/usage").then().statusCode(200)
                .body("items.key", equalTo(List.of("Compute", "Storage")))
                .body("items[1].cost.amount", equalTo("4.50"));
        given().header("Authorization", VIEWER).queryParam("customerId", customer.toString())
                .queryParam("from", "2026-07-31").queryParam("to", "2026-07-31")
                .get("/api/consumption/usage").then().statusCode(200)
                .body("items.key", equalTo(List.of("2026-07-31")));
    }

    @Test
    void partnerFeedUsesTheSameIdempotentPath() {
        UUID customer = Fixtures.customer("Partner County");
        String sub = Fixtures.subscription(customer);
        String record = """
                {"date": "2026-10-01", "subscriptionId": "%s", "serviceName": "Storage", "meter": "Blob",
                 "resourceGroup": "rg-feed", "quantity": 10, "unit": "GB", "cost": 7.25, "currency": "USD"}""".formatted(sub);
        TestKafka.send("consumption.usage.ingest", sub, record, Map.of());
        TestKafka.send("consumption.usage.ingest", sub, record, Map.of());   // redelivery / duplicate
        TestKafka.send("consumption.usage.ingest", sub, "{\"date\": \"yesterday\"}", Map.of());  // poison
        TestKafka.send("consumption.usage.ingest", sub, record.replace("2026-10-01", "2026-10-02"), Map.of());
        await().atMost(Duration.ofSeconds(30)).until(() -> totals(customer)[1].intValue() >= 2);
        BigDecimal[] totals = totals(customer);
        assertThat(totals[1]).isEqualByComparingTo("2");
        assertThat(totals[0]).isEqualByComparingTo("14.50");
        assertThat(totals[2]).isEqualByComparingTo("14.50");
        List<ConsumerRecord<String, String>> dead = TestKafka.await("consumption.usage.ingest.consumption-service.usage-ingest.dlq",
                r -> sub.equals(r.key()), 1, Duration.ofSeconds(20));
        assertThat(dead).hasSize(1);
        assertThat(dead.get(0).value()).contains("yesterday");
    }
}
