package io.adeplatform.platform.testing;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * What every service that projects customers must do with relationship.customer.events, proven against the real
 * broker and database. A service's test extends it (annotated {@code @QuarkusTest}) and names its projection path.
 */
public abstract class CustomerProjectionContractTest {

    public static final String TOPIC = "relationship.customer.events";
    private static final String REGISTERED = "io.adeplatform.relationship.customer.registered.v1";
    private static final String UPDATED = "io.adeplatform.relationship.customer.updated.v1";
    private static final String TEAM_CHANGED = "io.adeplatform.relationship.customer.account-team-changed.v1";
    private static final Duration WAIT = Duration.ofSeconds(30);

    /** e.g. /api/portfolio/customers */
    protected abstract String projectionPath();

    /** quarkus.application.name of the service, part of its consumer group and dead-letter topic. */
    protected abstract String applicationName();

    @Test
    void registeredCustomerAppearsForItsAccountTeamOnly() {
        UUID id = UUID.randomUUID();
        publish(UUID.randomUUID(), REGISTERED, id, registered(id, "County of Riverside", "ada.exec"));

        await().atMost(WAIT).untilAsserted(() -> given().header("Authorization", TestTokens.bearer("ada.exec", "executive"))
                .get(projectionPath() + "/" + id)
                .then().statusCode(200)
                .body("name", equalTo("County of Riverside"))
                .body("accountTeam[0].username", equalTo("ada.exec"))
                .body("accountTeam[0].role", equalTo("executive")));
        given().header("Authorization", TestTokens.bearer("eve.outsider", "executive"))
                .get(projectionPath() + "/" + id).then().statusCode(404).body("status", equalTo(404));
        given().header("Authorization", TestTokens.bearer("alice.admin", "admin"))
                .get(projectionPath() + "/" + id).then().statusCode(200);
        given().get(projectionPath() + "/" + id).then().statusCode(401);
    }

    @Test
    void accountTeamChangesMoveVisibility() {
        UUID id = UUID.randomUUID();
        publish(UUID.randomUUID(), REGISTERED, id, registered(id, "Metro Transit", "ada.exec"));
        publish(UUID.randomUUID(), TEAM_CHANGED, id, "{\"customerId\":\"" + id + "\",\"accountTeam\":["
                + "{\"username\":\"dan.delivery\",\"role\":\"delivery-manager\"}]}");

        await().atMost(WAIT).untilAsserted(() -> given().header("Authorization", TestTokens.bearer("dan.delivery", "delivery-manager"))
                .get(projectionPath() + "/" + id).then().statusCode(200));
        given().header("Authorization", TestTokens.bearer("ada.exec", "executive"))
                .get(projectionPath() + "/" + id).then().statusCode(404);
    }

    @Test
    void redeliveredEventDoesNotChangeTheProjectionTwice() {
        UUID id = UUID.randomUUID();
        UUID registeredEvent = UUID.randomUUID();
        publish(registeredEvent, REGISTERED, id, registered(id, "Old Name University", "ada.exec"));
        publish(UUID.randomUUID(), UPDATED, id, "{\"customerId\":\"" + id + "\",\"name\":\"New Name University\","
                + "\"segment\":\"education\",\"status\":\"active\"}");
        // the first event arrives again, as after a consumer crash before its offset was committed
        publish(registeredEvent, REGISTERED, id, registered(id, "Old Name University", "ada.exec"));
        UUID marker = UUID.randomUUID();
        publish(UUID.randomUUID(), REGISTERED, marker, registered(marker, "Marker", "ada.exec"));

        // once the marker (published after the redelivery, same partition) is applied, the redelivery was handled
        await().atMost(WAIT).untilAsserted(() -> given().header("Authorization", TestTokens.bearer("ada.exec", "executive"))
                .get(projectionPath() + "/" + marker).then().statusCode(200));
        given().header("Authorization", TestTokens.bearer("ada.exec", "executive"))
                .get(projectionPath() + "/" + id).then().statusCode(200).body("name", equalTo("New Name University"));
    }

    @Test
    void poisonMessageGoesToTheDeadLetterTopicAndDoesNotBlockTheNextOnes() {
        UUID poisonId = UUID.randomUUID();
        TestKafka.sendCloudEvent(TOPIC, poisonId, REGISTERED, poisonId.toString(), "this is not json");
        UUID unknownTypeId = UUID.randomUUID();
        publish(unknownTypeId, "io.adeplatform.relationship.customer.renamed-in-future.v7", UUID.randomUUID(), "{\"x\":1}");
        UUID next = UUID.randomUUID();
        publish(UUID.randomUUID(), REGISTERED, next, registered(next, "After The Poison", "ada.exec"));

        await().atMost(WAIT).untilAsserted(() -> given().header("Authorization", TestTokens.bearer("ada.exec", "executive"))
                .get(projectionPath() + "/" + next).then().statusCode(200));
        String deadLetters = TOPIC + "." + applicationName() + ".customer-projection.dlq";   // <topic>.<consumer group>.dlq
        List<ConsumerRecord<String, String>> dead = TestKafka.await(deadLetters,
                r -> poisonId.toString().equals(TestKafka.header(r, "ce_id")), 1, WAIT);
        assertThat(dead).hasSize(1);
        assertThat(dead.get(0).value()).isEqualTo("this is not json");
        assertThat(TestKafka.header(dead.get(0), "dead-letter-reason")).contains("not JSON");
        // an unknown event type is skipped, not a dead letter
        assertThat(TestKafka.collect(deadLetters, r -> unknownTypeId.toString().equals(TestKafka.header(r, "ce_id")),
                Duration.ofSeconds(2))).isEmpty();
    }

    @Test
    void anEventNotFromRelationshipServiceIsADeadLetterAndNeverApplied() {
        UUID forged = UUID.randomUUID();
        UUID forgedEvent = UUID.randomUUID();
        TestKafka.sendCloudEvent(TOPIC, forgedEvent, REGISTERED, forged.toString(),
                registered(forged, "Forged University", "ada.exec"), "/billing-service");
        UUID next = UUID.randomUUID();
        publish(UUID.randomUUID(), REGISTERED, next, registered(next, "After The Forgery", "ada.exec"));

        await().atMost(WAIT).untilAsserted(() -> given().header("Authorization", TestTokens.bearer("ada.exec", "executive"))
                .get(projectionPath() + "/" + next).then().statusCode(200));
        String deadLetters = TOPIC + "." + applicationName() + ".customer-projection.dlq";   // <topic>.<consumer group>.dlq
        assertThat(TestKafka.await(deadLetters, r -> forgedEvent.toString().equals(TestKafka.header(r, "ce_id")), 1, WAIT))
                .singleElement().satisfies(r -> assertThat(TestKafka.header(r, "dead-letter-reason"))
                        .contains("ce_source /billing-service"));
        given().header("Authorization", TestTokens.bearer("ada.exec", "executive"))
                .get(projectionPath() + "/" + forged).then().statusCode(404);
    }

    private static void publish(UUID eventId, String type, UUID customerId, String json) {
        TestKafka.sendCloudEvent(TOPIC, eventId, type, customerId.toString(), json);
    }

    private static String registered(UUID id, String name, String executive) {
        return "{\"customerId\":\"" + id + "\",\"name\":\"" + name + "\",\"segment\":\"state-government\","
                + "\"status\":\"active\",\"accountTeam\":[{\"username\":\"" + executive + "\",\"role\":\"executive\"}],"
                + "\"registeredBy\":\"" + executive + "\",\"registeredAt\":\"2026-11-27T09:00:00Z\"}";
    }
}
