package io.adeplatform.relationship;

import io.adeplatform.platform.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static io.adeplatform.relationship.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two reports-to changes that are each fine alone but together close a loop, made at the same time: exactly one
 * succeeds, the other is a 409 reporting-cycle problem, and the org chart keeps everybody. To make them really
 * concurrent, the test holds the customer's row lock while both requests are sent and releases it once both wait
 * for the database: without the org-chart lock both would have checked the old chart by then.
 */
@QuarkusTest
class OrgChartRaceTest {

    private final String exec = TestTokens.bearer("olga." + UUID.randomUUID(), "executive");

    @Inject
    DataSource dataSource;

    @Test
    void twoConcurrentChangesThatTogetherMakeALoopOneSucceeds() throws Exception {
        String customer = Api.customer(exec, "Lakeshore Schools " + UUID.randomUUID());
        String a = Api.addStakeholder(exec, customer, Api.stakeholder("Ann A", "cio", 5, "champion", null));
        String b = Api.addStakeholder(exec, customer, Api.stakeholder("Ben B", "cto", 4, "supporter", null));
        List<Response> answers = concurrently(customer, List.of(
                () -> move(a, "Ann A", "cio", b),
                () -> move(b, "Ben B", "cto", a)));
        assertOneWonAndTheOtherIsACycle(answers);
        assertNoLoop(customer, 2);
    }

    @Test
    void aLongerLoopMadeByTwoConcurrentChangesIsRefusedToo() throws Exception {
        String customer = Api.customer(exec, "Riverton Water " + UUID.randomUUID());
        String c = Api.addStakeholder(exec, customer, Api.stakeholder("Cy C", "it-director", 3, "neutral", null));
        String b = Api.addStakeholder(exec, customer, Api.stakeholder("Ben B", "cto", 4, "supporter", null));
        String a = Api.addStakeholder(exec, customer, Api.stakeholder("Ann A", "cio", 5, "champion", b));
        // a → b exists; b → c and c → a at once would make a → b → c → a
        List<Response> answers = concurrently(customer, List.of(
                () -> move(b, "Ben B", "cto", c),
                () -> move(c, "Cy C", "it-director", a)));
        assertOneWonAndTheOtherIsACycle(answers);
        assertNoLoop(customer, 3);
    }

    private Response move(String id, String name, String roleType, String reportsTo) {
        Map<String, Object> body = Api.stakeholder(name, roleType, 3, "neutral", reportsTo);
        return as(exec).header("If-Match", "\"0\"").body(body).put("/api/stakeholders/" + id);
    }

    /** Sends the requests while the customer's row is locked, and releases it once every one of them waits. */
    private List<Response> concurrently(String customer, List<java.util.function.Supplier<Response>> requests)
            throws Exception {
        List<CompletableFuture<Response>> sent = new ArrayList<>();
        try (Connection holder = dataSource.getConnection()) {
            holder.setAutoCommit(false);
            try (PreparedStatement lock = holder.prepareStatement(
                    "SELECT id FROM customer WHERE id = ?::uuid FOR NO KEY UPDATE")) {
                lock.setString(1, customer);
                lock.executeQuery().close();
            }
            int waitingBefore = waitingOnLocks();
            for (var request : requests) {
                sent.add(CompletableFuture.supplyAsync(request));
            }
            Awaitility.await().atMost(Duration.ofSeconds(30))
                    .until(() -> waitingOnLocks() >= waitingBefore + requests.size());
            holder.rollback();
        }
        List<Response> answers = new ArrayList<>();
        for (CompletableFuture<Response> answer : sent) {
            answers.add(answer.get(30, TimeUnit.SECONDS));
        }
        return answers;
    }

    /** Sessions of this database waiting for a lock right now. */
    private int waitingOnLocks() throws Exception {
        try (Connection connection = dataSource.getConnection();
             ResultSet rows = connection.createStatement().executeQuery("SELECT count(*) FROM pg_stat_activity "
                     + "WHERE datname = current_database() AND wait_event_type = 'Lock'")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static void assertOneWonAndTheOtherIsACycle(List<Response> answers) {
        assertThat(answers).extracting(Response::statusCode).containsExactlyInAnyOrder(200, 409);
        Response refused = answers.stream().filter(r -> r.statusCode() == 409).findFirst().orElseThrow();
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.jsonPath().getString("type")).endsWith("reporting-cycle");
    }

    /** Everybody is still on the chart (a loop has no root, so its people would vanish from it). */
    private void assertNoLoop(String customer, int people) {
        Response chart = as(exec).get("/api/customers/" + customer + "/org-chart");
        chart.then().statusCode(200);
        assertThat(count(chart.jsonPath().getList("roots"))).isEqualTo(people);
    }

    @SuppressWarnings("unchecked")
    private static int count(List<Object> nodes) {
        int n = 0;
        for (Object node : nodes) {
            n += 1 + count((List<Object>) ((Map<String, Object>) node).get("reports"));
        }
        return n;
    }
}
