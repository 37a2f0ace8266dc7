package io.adeplatform.platform.testing;

import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/**
 * Gives a consuming service under test a customer the way production does: a real CustomerRegistered event on
 * relationship.customer.events and its state on relationship.customer-state.events (so a projection rebuilt from that
 * topic keeps it), then waiting until the service's projection shows it to the first team member.
 */
public final class TestCustomers {

    private static final String TYPE = "io.adeplatform.relationship.customer.registered.v1";
    public static final String STATE_TOPIC = "relationship.customer-state.events";
    public static final String STATE = "io.adeplatform.relationship.customer-state.snapshot.v1";

    private TestCustomers() {
    }

    /** A team member and their role on the account ("executive", "delivery-manager", "finance", "viewer"). */
    public record Member(String username, String role) {
    }

    public static Member member(String username, String role) {
        return new Member(username, role);
    }

    /**
     * Registers a new customer with this account team and returns its id once
     * {@code <projectionPath>/<id>} answers 200 for the first member.
     */
    public static UUID register(String projectionPath, String name, Member... team) {
        return register(projectionPath, name, "state-government", team);
    }

    /** The same, for a customer of this segment ("enterprise", "education", ...), which some rules depend on. */
    public static UUID register(String projectionPath, String name, String segment, Member... team) {
        UUID id = UUID.randomUUID();
        String profile = "{\"customerId\":\"" + id + "\",\"version\":0,\"name\":\"" + name.replace("\"", "'") + "\","
                + "\"segment\":\"" + segment + "\",\"status\":\"active\",\"accountTeam\":" + team(team) + ",";
        TestKafka.sendCloudEvent(CustomerProjectionContractTest.TOPIC, UUID.randomUUID(), TYPE, id.toString(), profile
                + "\"registeredBy\":\"" + team[0].username() + "\",\"registeredAt\":\"2026-11-27T09:00:00Z\"}");
        TestKafka.sendCloudEvent(STATE_TOPIC, UUID.randomUUID(), STATE, id.toString(), profile
                + "\"changedAt\":\"2026-11-27T09:00:00Z\"}");
        String bearer = TestTokens.bearer(team[0].username(), team[0].role());
        // the first customer of a test JVM also waits for the service's consumers to join the topic
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() ->
                given().header("Authorization", bearer).get(projectionPath + "/" + id).then().statusCode(200));
        return id;
    }

    /** An account team as JSON: {@code [{"username": …, "role": …}, …]}. */
    public static String team(Member... team) {
        return Arrays.stream(team)
                .map(m -> "{\"username\":\"" + m.username() + "\",\"role\":\"" + m.role() + "\"}")
                .collect(Collectors.joining(",", "[", "]"));
    }
}
