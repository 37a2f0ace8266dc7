package io.adeplatform.portfolio;

import io.adeplatform.platform.testing.TestKafka;
import io.adeplatform.platform.testing.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.awaitility.Awaitility;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Test helpers: customers through the real projection topic, engagements through the API. */
public final class Fixtures {

    public static final String EXEC_USER = "erin.exec";
    public static final String EXEC = TestTokens.bearer(EXEC_USER, "executive");
    public static final String DM = TestTokens.bearer("dave.dm", "delivery-manager");
    public static final String FINANCE = TestTokens.bearer("fran.finance", "finance");
    public static final String VIEWER = TestTokens.bearer("vic.viewer", "viewer");
    public static final String OUTSIDER = TestTokens.bearer("mallory", "executive");
    public static final String ADMIN = TestTokens.bearer("root", "admin");
    public static final String TOPIC = "portfolio.engagement.events";

    private Fixtures() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    /** Publishes CustomerRegistered with the test users on the team and waits until the projection has it. */
    public static String customer() {
        UUID id = UUID.randomUUID();
        String json = """
                {"customerId": "%s", "name": "Test Agency %s", "segment": "state-government", "status": "active",
                 "accountTeam": [{"username": "erin.exec", "role": "executive"},
                                 {"username": "dave.dm", "role": "delivery-manager"},
                                 {"username": "fran.finance", "role": "finance"},
                                 {"username": "vic.viewer", "role": "viewer"}],
                 "registeredBy": "erin.exec", "registeredAt": "2026-11-27T09:15:00Z"}
                """.formatted(id, id);
        TestKafka.sendCloudEvent("relationship.customer.events", UUID.randomUUID(),
                "io.adeplatform.relationship.customer.registered.v1", id.toString(), json);
        Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200)).until(() ->
                given().header("Authorization", EXEC).get("/api/portfolio/customers/" + id).statusCode() == 200);
        return id.toString();
    }

    public static Map<String, Object> engagementBody(String customerId, String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("customerId", customerId);
        body.put("name", name);
        body.put("offering", "Cloud migration");
        body.put("contractRef", "SOW-1");
        body.put("deliveryManager", "dave.dm");
        body.put("startDate", today().plusDays(10).toString());
        body.put("endDate", today().plusDays(110).toString());
        body.put("budget", Map.of("amount", 100000, "currency", "USD"));
        return body;
    }

    public static Response createEngagement(Map<String, Object> body) {
        return given().header("Authorization", EXEC).contentType(ContentType.JSON).body(body)
                .post("/api/engagements").then().statusCode(201).extract().response();
    }

    public static String engagement(String customerId) {
        return createEngagement(engagementBody(customerId, "Engagement " + UUID.randomUUID())).path("id");
    }

    public static void moveTo(String engagementId, String... stages) {
        for (String stage : stages) {
            given().header("Authorization", EXEC).contentType(ContentType.JSON).body(Map.of("to", stage))
                    .post("/api/engagements/" + engagementId + "/transitions").then().statusCode(200);
        }
    }

    public static String etag(String path) {
        return given().header("Authorization", EXEC).get(path).then().statusCode(200).extract().header("ETag");
    }
}
