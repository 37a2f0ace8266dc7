package io.adeplatform.escalation;

import io.adeplatform.platform.testing.TestKafka;
import io.adeplatform.platform.testing.TestTokens;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/** Customers exist here only through the projection: publish CustomerRegistered and wait until it is applied. */
public final class TestCustomers {

    private TestCustomers() {
    }

    /** Registers a customer whose account team is the given "username:role" members; returns its id once projected. */
    public static UUID register(String name, String... members) {
        UUID id = UUID.randomUUID();
        List<String> team = new ArrayList<>();
        for (String member : members) {
            String[] parts = member.split(":");
            team.add("{\"username\":\"" + parts[0] + "\",\"role\":\"" + parts[1] + "\"}");
        }
        String first = members[0].split(":")[0];
        String json = "{\"customerId\":\"" + id + "\",\"name\":\"" + name + "\",\"segment\":\"state-government\","
                + "\"status\":\"active\",\"accountTeam\":[" + String.join(",", team) + "],"
                + "\"registeredBy\":\"" + first + "\",\"registeredAt\":\"2026-11-27T09:15:00Z\"}";
        TestKafka.sendCloudEvent("relationship.customer.events", UUID.randomUUID(),
                "io.adeplatform.relationship.customer.registered.v1", id.toString(), json);
        String token = TestTokens.bearer(first, "executive");
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                given().header("Authorization", token).get("/api/escalations/customers/" + id).then().statusCode(200));
        return id;
    }
}
