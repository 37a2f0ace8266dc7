package io.adeplatform.platform.events.tracing;

import io.adeplatform.platform.testing.PlatformTestResource;
import io.adeplatform.platform.testing.TestKafka;
import io.adeplatform.platform.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import static io.adeplatform.platform.events.tracing.ProbeEvents.DEAD_LETTERS;
import static io.adeplatform.platform.events.tracing.ProbeEvents.SOURCE;
import static io.adeplatform.platform.events.tracing.ProbeEvents.TOPIC;
import static io.adeplatform.platform.events.tracing.ProbeEvents.TYPE;
import static io.adeplatform.platform.events.tracing.ProbeEvents.inboxRows;
import static io.adeplatform.platform.events.tracing.ProbeEvents.payload;

/**
 * Dead letters against the real broker: a record a business rule refuses is dead-lettered (once, counted in
 * ade_dead_letters_total), listed by the admin endpoint, and after the fix replayed through the admin endpoint:
 * applied once; a second replay applies nothing. Only admins reach the endpoint, and only under this service's domain.
 */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = @ResourceArg(name = "database", value = "events_tracing"))
class DeadLetterReplayTest {

    private static final String ADMIN_PATH = "/api/admin/eventstest/dead-letters";
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    ProbeConsumer consumer;

    @Inject
    DataSource dataSource;

    @Test
    void aFixedDeadLetterIsReplayedOnceAndNeverAgain() throws Exception {
        String key = UUID.randomUUID().toString();
        UUID refused = UUID.randomUUID();
        UUID after = UUID.randomUUID();
        double deadLettersBefore = deadLetterCount();
        TestKafka.sendCloudEvent(TOPIC, refused, TYPE, key, payload(key, ProbeConsumer.NEEDS_A_FIX), SOURCE);
        TestKafka.sendCloudEvent(TOPIC, after, TYPE, key, payload(key, "fine"), SOURCE);

        await().atMost(WAIT).until(() -> consumer.applications(after) == 1);
        assertThat(consumer.applications(refused)).isZero();
        assertThat(TestKafka.await(DEAD_LETTERS, r -> key.equals(r.key()), 1, WAIT)).hasSize(1);
        assertThat(deadLetterCount()).isEqualTo(deadLettersBefore + 1);

        List<Map<String, Object>> listed = given().header("Authorization", admin()).get(ADMIN_PATH + "/" + DEAD_LETTERS)
                .then().statusCode(200).extract().jsonPath().getList("items.findAll { it.eventId == '" + refused + "' }");
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0)).containsEntry("eventType", TYPE).containsEntry("topic", DEAD_LETTERS)
                .containsEntry("originalTopic", TOPIC).containsEntry("replayedAt", null)
                .containsKeys("partition", "offset", "time");
        assertThat((String) listed.get(0).get("reason")).contains("refused until the fix");

        // replaying before the fix changes nothing: it fails again and stays to be replayed
        Response stillRefused = replay();
        assertThat(stillRefused.jsonPath().getList("failed.eventId")).contains(refused.toString());
        assertThat(consumer.applications(refused)).isZero();

        consumer.acceptFixedProbes();
        Response first = replay();
        assertThat(first.jsonPath().getInt("replayed")).isGreaterThanOrEqualTo(1);
        assertThat(first.jsonPath().getList("failed")).isEmpty();
        assertThat(consumer.applications(refused)).isEqualTo(1);
        assertThat(inboxRows(dataSource, refused)).isEqualTo(1);

        Response second = replay();
        assertThat(second.jsonPath().getInt("replayed")).isZero();
        assertThat(second.jsonPath().getInt("alreadyReplayed")).isGreaterThanOrEqualTo(1);
        assertThat(consumer.applications(refused)).as("a second replay applies nothing").isEqualTo(1);

        List<Object> replayedAt = given().header("Authorization", admin()).get(ADMIN_PATH + "/" + DEAD_LETTERS)
                .then().statusCode(200).extract().jsonPath()
                .getList("items.findAll { it.eventId == '" + refused + "' }.replayedAt");
        assertThat(replayedAt).hasSize(1).doesNotContainNull();
        given().header("Authorization", admin()).get(ADMIN_PATH).then().statusCode(200)
                .body("items.find { it.deadLetterTopic == '" + DEAD_LETTERS + "' }.consumerGroup",
                        org.hamcrest.Matchers.equalTo("events-test.probe-events"));
    }

    @Test
    void onlyAdminsUnderThisServicesDomain() {
        given().get(ADMIN_PATH).then().statusCode(401);
        given().header("Authorization", TestTokens.bearer("ada.exec", "executive")).get(ADMIN_PATH)
                .then().statusCode(403);
        given().header("Authorization", TestTokens.bearer("ada.exec", "executive"))
                .post(ADMIN_PATH + "/" + DEAD_LETTERS + "/replay").then().statusCode(403);
        given().header("Authorization", admin()).get("/api/admin/billing/dead-letters").then().statusCode(404);
        given().header("Authorization", admin()).get(ADMIN_PATH + "/some.other.topic.dlq").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void metricsShowConsumerLagAndTableSizes() {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).contains("ade_dead_letters_total{topic=\"" + DEAD_LETTERS + "\"")
                .contains("ade_inbox_rows").contains("ade_idempotency_key_rows")
                .contains("kafka_consumer_fetch_manager_records_lag");
    }

    private Response replay() {
        return given().header("Authorization", admin()).post(ADMIN_PATH + "/" + DEAD_LETTERS + "/replay")
                .then().statusCode(200).extract().response();
    }

    private static String admin() {
        return TestTokens.bearer("alice.admin", "admin");
    }

    private static double deadLetterCount() {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        String prefix = "ade_dead_letters_total{topic=\"" + DEAD_LETTERS + "\"} ";
        return metrics.lines().filter(l -> l.startsWith(prefix)).mapToDouble(l -> Double.parseDouble(
                l.substring(prefix.length()).trim().split(" ")[0])).findFirst().orElse(0);   // exemplars may follow
    }


}
