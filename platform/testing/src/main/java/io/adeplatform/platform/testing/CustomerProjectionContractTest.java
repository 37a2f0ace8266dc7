package io.adeplatform.platform.testing;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
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
    private static final String TEAM_CHANGED_V2 = "io.adeplatform.relationship.customer.account-team-changed.v2";
    private static final String ARCHIVED = "io.adeplatform.relationship.customer.archived.v1";
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

    @Test
    void teamChangesApplyOnceAndInVersionOrder() {
        UUID id = UUID.randomUUID();
        publish(UUID.randomUUID(), REGISTERED, id, registered(id, 0, "Harbor Authority", "ada.exec"));
        publish(UUID.randomUUID(), TEAM_CHANGED_V2, id, change(id, 1, "member-added", "dan.delivery", "delivery-manager"));
        publish(UUID.randomUUID(), TEAM_CHANGED_V2, id, change(id, 2, "role-changed", "dan.delivery", "viewer"));
        publish(UUID.randomUUID(), TEAM_CHANGED_V2, id, change(id, 3, "member-removed", "dan.delivery", "viewer"));
        // an older change arriving again under another event id (e.g. a replayed dead letter) is a no-op
        publish(UUID.randomUUID(), TEAM_CHANGED_V2, id, change(id, 1, "member-added", "dan.delivery", "delivery-manager"));
        // a gap (versions 4 and 5 never arrive): the change is applied all the same
        publish(UUID.randomUUID(), TEAM_CHANGED_V2, id, change(id, 6, "member-added", "fay.finance", "finance"));

        await().atMost(WAIT).untilAsserted(() -> as("fay.finance", "finance").get(projectionPath() + "/" + id)
                .then().statusCode(200).body("accountTeam.username", contains("ada.exec", "fay.finance")));
        as("dan.delivery", "delivery-manager").get(projectionPath() + "/" + id).then().statusCode(404);
    }

    @Test
    void eventsForACustomerNotYetKnownWaitForItAndAreNeverDropped() {
        UUID id = UUID.randomUUID();
        publish(UUID.randomUUID(), TEAM_CHANGED_V2, id, change(id, 1, "member-added", "dan.delivery", "delivery-manager"));
        publish(UUID.randomUUID(), TEAM_CHANGED_V2, id, change(id, 2, "member-added", "vic.viewer", "viewer"));
        // what could never be applied is a dead letter at once, not parked to fail the registration later
        UUID unusable = UUID.randomUUID();
        publish(unusable, TEAM_CHANGED_V2, id, change(id, 3, "team-cleared", "vic.viewer", "viewer"));
        UUID marker = UUID.randomUUID();
        publish(UUID.randomUUID(), REGISTERED, marker, registered(marker, 0, "Marker", "ada.exec"));
        await().atMost(WAIT).untilAsserted(() -> as("ada.exec", "executive").get(projectionPath() + "/" + marker)
                .then().statusCode(200));
        // the changes were handled (same partition, before the marker): parked, not dead letters, no customer yet
        as("alice.admin", "admin").get(projectionPath() + "/" + id).then().statusCode(404);
        assertThat(TestKafka.await(TOPIC + "." + applicationName() + ".customer-projection.dlq", r -> id.toString().equals(r.key()), 2,
                Duration.ofSeconds(5))).extracting(r -> TestKafka.header(r, "ce_id")).containsExactly(unusable.toString());

        publish(UUID.randomUUID(), REGISTERED, id, registered(id, 0, "Late Registration County", "ada.exec"));

        await().atMost(WAIT).untilAsserted(() -> as("dan.delivery", "delivery-manager").get(projectionPath() + "/" + id)
                .then().statusCode(200).body("accountTeam.username", contains("ada.exec", "dan.delivery", "vic.viewer")));
    }

    @Test
    void theStateTopicCreatesACustomerAndRepairsAGap() {
        UUID id = UUID.randomUUID();
        publishState(id, 4, "Lakeside Schools", TestCustomers.member("ada.exec", "executive"),
                TestCustomers.member("dan.delivery", "delivery-manager"));
        await().atMost(WAIT).untilAsserted(() -> as("dan.delivery", "delivery-manager").get(projectionPath() + "/" + id)
                .then().statusCode(200).body("name", equalTo("Lakeside Schools")));

        // change 5 is lost, change 6 arrives (applied, a gap); then the state at 6 shows what 5 did: dan removed
        publish(UUID.randomUUID(), TEAM_CHANGED_V2, id, change(id, 6, "member-added", "fay.finance", "finance"));
        await().atMost(WAIT).untilAsserted(() -> as("fay.finance", "finance").get(projectionPath() + "/" + id)
                .then().statusCode(200));
        as("dan.delivery", "delivery-manager").get(projectionPath() + "/" + id).then().statusCode(200);
        publishState(id, 6, "Lakeside Schools", TestCustomers.member("ada.exec", "executive"),
                TestCustomers.member("fay.finance", "finance"));
        await().atMost(WAIT).untilAsserted(() -> as("dan.delivery", "delivery-manager").get(projectionPath() + "/" + id)
                .then().statusCode(404));
        // an older state changes nothing (the marker after it, on the same partition, shows it was handled)
        publishState(id, 3, "Old Name", TestCustomers.member("dan.delivery", "executive"));
        UUID marker = UUID.randomUUID();
        publishState(marker, 0, "Marker", TestCustomers.member("ada.exec", "executive"));
        await().atMost(WAIT).untilAsserted(() -> as("ada.exec", "executive").get(projectionPath() + "/" + marker)
                .then().statusCode(200));
        as("dan.delivery", "executive").get(projectionPath() + "/" + id).then().statusCode(404);
        publish(UUID.randomUUID(), ARCHIVED, id, "{\"customerId\":\"" + id + "\",\"version\":7,"
                + "\"archivedBy\":\"ada.exec\",\"archivedAt\":\"2026-11-28T09:00:00Z\"}");
        await().atMost(WAIT).untilAsserted(() -> as("ada.exec", "executive").get(projectionPath() + "/" + id)
                .then().statusCode(200).body("status", equalTo("archived")).body("name", equalTo("Lakeside Schools")));
    }

    @Test
    void rebuildFromTheStateTopicGivesTheSameAccessFromScratch() {
        UUID kept = TestCustomers.register(projectionPath(), "Rebuilt Port Authority",
                TestCustomers.member("ada.exec", "executive"), TestCustomers.member("dan.delivery", "delivery-manager"));
        UUID fromState = UUID.randomUUID();
        publishState(fromState, 9, "Repaired Water District", TestCustomers.member("ada.exec", "executive"),
                TestCustomers.member("fay.finance", "finance"));
        await().atMost(WAIT).untilAsserted(() -> as("fay.finance", "finance").get(projectionPath() + "/" + fromState)
                .then().statusCode(200));
        // a customer only the events topic ever mentioned: a rebuild from scratch does not keep it
        UUID eventsOnly = UUID.randomUUID();
        publish(UUID.randomUUID(), REGISTERED, eventsOnly, registered(eventsOnly, 0, "Events Only", "ada.exec"));
        await().atMost(WAIT).untilAsserted(() -> as("ada.exec", "executive").get(projectionPath() + "/" + eventsOnly)
                .then().statusCode(200));

        as("dan.delivery", "delivery-manager").post(projectionPath() + "/rebuild").then().statusCode(403);
        given().post(projectionPath() + "/rebuild").then().statusCode(401);
        as("alice.admin", "admin").post(projectionPath() + "/rebuild").then().statusCode(200)
                .body("customers", org.hamcrest.Matchers.greaterThanOrEqualTo(2));

        as("dan.delivery", "delivery-manager").get(projectionPath() + "/" + kept).then().statusCode(200)
                .body("accountTeam.username", contains("ada.exec", "dan.delivery"));
        as("fay.finance", "finance").get(projectionPath() + "/" + fromState).then().statusCode(200)
                .body("name", equalTo("Repaired Water District"));
        as("eve.outsider", "executive").get(projectionPath() + "/" + kept).then().statusCode(404);
        as("alice.admin", "admin").get(projectionPath() + "/" + eventsOnly).then().statusCode(404);
    }

    private static io.restassured.specification.RequestSpecification as(String username, String role) {
        return given().header("Authorization", TestTokens.bearer(username, role));
    }

    private static void publishState(UUID id, long version, String name, TestCustomers.Member... team) {
        TestKafka.sendCloudEvent(TestCustomers.STATE_TOPIC, UUID.randomUUID(), TestCustomers.STATE, id.toString(),
                "{\"customerId\":\"" + id + "\",\"version\":" + version + ",\"name\":\"" + name + "\","
                        + "\"segment\":\"education\",\"status\":\"active\",\"accountTeam\":" + TestCustomers.team(team)
                        + ",\"changedAt\":\"2026-11-28T09:00:00Z\"}");
    }

    private static String change(UUID id, long version, String change, String username, String role) {
        return "{\"customerId\":\"" + id + "\",\"version\":" + version + ",\"change\":\"" + change + "\","
                + "\"username\":\"" + username + "\",\"role\":\"" + role + "\",\"changedBy\":\"ada.exec\","
                + "\"changedAt\":\"2026-11-28T09:00:00Z\"}";
    }

    private static String registered(UUID id, long version, String name, String executive) {
        return registered(id, name, executive).replace("{\"customerId\":\"" + id + "\",",
                "{\"customerId\":\"" + id + "\",\"version\":" + version + ",");
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
