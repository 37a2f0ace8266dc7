package io.adeplatform.consumption;

import io.adeplatform.platform.testing.TestKafka;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.adeplatform.consumption.Fixtures.EXEC;
import static io.adeplatform.consumption.Fixtures.HEADER;
import static io.adeplatform.consumption.Fixtures.PARTNER_DLQ;
import static io.adeplatform.consumption.Fixtures.PARTNER_TOPIC;
import static io.adeplatform.consumption.Fixtures.partnerRecord;
import static io.adeplatform.consumption.Fixtures.row;
import static io.adeplatform.consumption.Fixtures.stored;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Hostile usage input against a service with a 256 MiB heap that exits on OutOfMemoryError (the surefire execution
 * {@code hostile-usage-256m} of this module's pom sets {@code -Xmx256m -XX:+ExitOnOutOfMemoryError} and
 * {@code ade.test.heap-bound}): every bad upload is a 400 problem naming its line within seconds and stores nothing,
 * every bad partner record goes to the dead-letter topic, and good input still goes through afterwards.
 */
@QuarkusTest
class HostileUsageTest {

    private static final long MIB = 1024 * 1024;
    private static final Duration BOUND = Duration.ofSeconds(30);

    @TestHTTPResource("/api/consumption/usage")
    URL usage;

    @BeforeAll
    static void runsWithTheSmallHeap() {
        assumeTrue(Boolean.getBoolean("ade.test.heap-bound"), "runs in the hostile-usage-256m surefire execution");
        assertThat(Runtime.getRuntime().maxMemory()).isLessThanOrEqualTo(256 * MIB);
    }

    /** Uploads the body as ada.exec, streamed; asserts a 400 problem naming {@code line}, in time; returns it. */
    private StreamingUpload.Answer refused(java.io.InputStream body, long line) throws IOException {
        StreamingUpload.Answer answer = StreamingUpload.post(usage, EXEC, "text/csv", body, BOUND);
        assertThat(answer.took()).isLessThan(BOUND);
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.headers().get("content-type")).startsWith("application/problem+json");
        JsonPath problem = JsonPath.from(answer.body());
        assertThat(problem.getLong("line")).isEqualTo(line);
        assertThat(problem.getString("detail")).startsWith("line " + line + ": ").endsWith("nothing was stored");
        return answer;
    }

    private static ByteArrayInputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static void stillServesAGoodUpload(UUID customer, String sub, String date) {
        long before = stored(customer)[0].longValue();
        Fixtures.upload(HEADER + row(date, sub, "Storage", "Blob", "1.00")).statusCode(200).body("accepted", equalTo(1));
        assertThat(stored(customer)[0].longValue()).isEqualTo(before + 1);
    }

    @Test
    void a300MegabyteFieldIsRefusedAfterReadingNoMoreThanTheLimit() throws IOException {
        UUID customer = Fixtures.customer("Huge Field County");
        String sub = Fixtures.subscription(customer);
        long field = 300 * MIB;
        StreamingUpload.Answer answer = refused(new GeneratedBody(
                HEADER + row("2026-08-01", sub, "Storage", "Blob", "1.00") + "2026-08-02," + sub + ",Storage,",
                'x', field, ",rg,1,Hours,1.00,USD\n"), 3);
        assertThat(JsonPath.from(answer.body()).getString("detail")).contains("longer than 65536 characters");
        // answered long before the body ended: the service stopped reading at the limit
        assertThat(answer.bytesSent()).isLessThan(field / 3);
        System.out.printf("300 MiB field refused in %d ms after %d bytes were sent%n", answer.took().toMillis(),
                answer.bytesSent());
        assertThat(stored(customer)[0]).isEqualByComparingTo("0");
        stillServesAGoodUpload(customer, sub, "2026-08-05");
    }

    @Test
    void eachHostileValueRefusesTheWholeFileNamingItsLine() throws IOException {
        UUID customer = Fixtures.customer("Hostile Values County");
        String sub = Fixtures.subscription(customer);
        String good = HEADER + row("2026-08-01", sub, "Storage", "Blob", "1.00");
        List<String> hostile = List.of(
                "2026-08-02," + sub + ",Storage,\"Blob,rg,1,Hours,1.00,USD\n" + row("2026-08-03", sub, "S", "B", "1"),
                row("2026-08-02", sub, "Storage", "Blob", "1E-999999999"),
                row("2026-08-02", sub, "Storage", "Blob\u0000", "1.00"),
                row("+999999999-12-31", sub, "Storage", "Blob", "1.00"),
                row("0000-01-01", sub, "Storage", "Blob", "1.00"));
        for (String line3 : hostile) {
            refused(bytes(good + line3), 3);
        }
        // a Latin-1 file: "Café" is not UTF-8 on line 3 (the same file in UTF-8 would be accepted)
        byte[] latin1 = (good + row("2026-08-02", sub, "Café", "Blob", "1.00")).getBytes(StandardCharsets.ISO_8859_1);
        StreamingUpload.Answer answer = refused(new ByteArrayInputStream(latin1), 3);
        assertThat(JsonPath.from(answer.body()).getString("detail")).contains("not valid UTF-8");
        assertThat(stored(customer)[0]).isEqualByComparingTo("0");
        stillServesAGoodUpload(customer, sub, "2026-08-04");
    }

    @Test
    void hostilePartnerRecordsGoToTheDeadLetterTopicAndLaterOnesFlow() {
        UUID customer = Fixtures.customer("Hostile Feed County");
        String sub = Fixtures.subscription(customer);
        String key = "hostile-" + UUID.randomUUID();
        List<String> poison = List.of(
                partnerRecord("2026-08-01", sub, "1E-999999999", ""),
                partnerRecord("2026-08-01", sub, "\"1E-999999999\"", ""),
                partnerRecord("2026-08-01", sub, "1.00", ", \"meter\": \"Blob\\u0000\"").replace("\"meter\": \"Blob\",", ""),
                partnerRecord("+999999999-12-31", sub, "1.00", ""),
                partnerRecord("0000-01-01", sub, "1.00", ""),
                partnerRecord("2026-08-01", sub, "{\"amount\": 1}", ""),
                partnerRecord("2026-08-01", sub, "1.00", "") + " trailing",
                "[1, 2, 3]",
                "not json");
        poison.forEach(record -> TestKafka.send(PARTNER_TOPIC, key, record, Map.of()));
        TestKafka.send(PARTNER_TOPIC, key, partnerRecord("2026-08-02", sub, "2.50", ""), Map.of());

        await().atMost(BOUND).until(() -> stored(customer)[0].intValue() == 1);
        assertThat(stored(customer)[1]).isEqualByComparingTo("2.50");
        List<ConsumerRecord<String, String>> dead = TestKafka.await(PARTNER_DLQ, r -> key.equals(r.key()),
                poison.size(), BOUND);
        assertThat(dead).extracting(ConsumerRecord::value).containsExactlyElementsOf(poison);
        stillServesAGoodUpload(customer, sub, "2026-08-03");
    }
}
