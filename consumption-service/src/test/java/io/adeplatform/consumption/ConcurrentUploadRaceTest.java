package io.adeplatform.consumption;

import io.adeplatform.platform.testing.MutableClock;
import io.agroal.api.AgroalDataSource;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.adeplatform.consumption.Fixtures.EXEC;
import static io.adeplatform.consumption.Fixtures.HEADER;
import static io.adeplatform.consumption.Fixtures.row;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 16 point 10: two uploads for one customer flip the same commitment at the same time. Before, the risk check
 * ran inside each upload's transaction, the loser's {@code @Version} check failed at commit and its whole CSV upload
 * was rolled back (412). Now the check runs after the upload committed, on the commitment's standing row (never the
 * commitment itself). The test forces the race: it holds the standings locked until both uploads' checks wait on
 * them, so both evaluate at the same moment.
 */
@QuarkusTest
class ConcurrentUploadRaceTest {

    @Inject
    MutableClock clock;

    @Inject
    AgroalDataSource dataSource;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void twoUploadsFlippingTheSameCommitmentAreBothKept() throws Exception {
        clock.set(Instant.parse("2026-06-20T12:00:00Z"));
        UUID customer = Fixtures.customer("Race Conditions Ltd");
        String first = Fixtures.subscription(customer);
        String second = Fixtures.subscription(customer);
        String commitment = given().header("Authorization", EXEC).contentType(ContentType.JSON)
                .body(Map.of("amount", Map.of("amount", "20000", "currency", "USD"),
                        "startDate", "2026-05-01", "endDate", "2026-12-31"))
                .post("/api/consumption/customers/" + customer + "/commitments")
                .then().statusCode(201).extract().path("id");
        Object[] before = commitmentState(commitment);

        List<Response> answers;
        try (Connection holder = dataSource.getConnection()) {
            holder.setAutoCommit(false);
            try (Statement lock = holder.createStatement()) {
                lock.execute("LOCK TABLE commitment_standing IN ACCESS EXCLUSIVE MODE");
            }
            ExecutorService uploads = Executors.newFixedThreadPool(2);
            try {
                Future<Response> a = uploads.submit(() -> upload(first));
                Future<Response> b = uploads.submit(() -> upload(second));
                await().atMost(Duration.ofSeconds(60)).until(() -> waitingOnCommitments() >= 2);
                holder.rollback();
                answers = List.of(a.get(60, TimeUnit.SECONDS), b.get(60, TimeUnit.SECONDS));
            } finally {
                uploads.shutdownNow();
            }
        }

        for (Response answer : answers) {
            assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(200);
            assertThat(answer.<Integer>path("accepted")).isEqualTo(40);
        }
        assertThat(Fixtures.stored(customer)[0]).isEqualByComparingTo("80");
        // 40 days × 150/day on each subscription: enough history and pace, judged by whichever check won the race;
        // the commitment itself (its version, the ETag) is untouched by evaluations
        Object[] after = commitmentState(commitment);
        assertThat(before[0]).isEqualTo("insufficient-data");
        assertThat(after[0]).isEqualTo("on-track");
        assertThat(((Number) after[1]).longValue()).isEqualTo(((Number) before[1]).longValue());
    }

    /** 40 days up to yesterday at 150/day on the subscription: enough to meet the commitment's pace. */
    private static Response upload(String subscription) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (LocalDate day = LocalDate.of(2026, 5, 10); day.isBefore(LocalDate.of(2026, 6, 19)); day = day.plusDays(1)) {
            csv.append(row(day.toString(), subscription, "Compute", "D2", "150.00"));
        }
        return given().header("Authorization", EXEC).contentType("text/csv").body(csv.toString())
                .post("/api/consumption/usage");
    }

    private long waitingOnCommitments() throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT count(*) FROM pg_locks "
                     + "WHERE relation = 'commitment_standing'::regclass AND NOT granted")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The commitment's risk state and its version. */
    private Object[] commitmentState(String commitment) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT s.state, c.version FROM consumption_commitment c "
                     + "JOIN commitment_standing s ON s.commitment_id = c.id WHERE c.id = '" + UUID.fromString(commitment) + "'")) {
            rs.next();
            return new Object[] {rs.getString(1), rs.getLong(2)};
        }
    }
}
