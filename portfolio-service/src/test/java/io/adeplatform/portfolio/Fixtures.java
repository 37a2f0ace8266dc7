package io.adeplatform.portfolio;

import io.adeplatform.platform.testing.TestCustomers;
import io.adeplatform.platform.testing.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static io.adeplatform.platform.testing.TestCustomers.member;
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
    public static final String PROJECTION = "/api/portfolio/customer-projections";

    private Fixtures() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    /** A new customer with the test users on its team, through the real projection topic ({@code TestCustomers}). */
    public static String customer() {
        return TestCustomers.register(PROJECTION, "Test Agency " + UUID.randomUUID(),
                member(EXEC_USER, "executive"), member("dave.dm", "delivery-manager"),
                member("fran.finance", "finance"), member("vic.viewer", "viewer")).toString();
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
        body.put("budget", Map.of("amount", "100000.00", "currency", "USD"));
        return body;
    }

    public static Response createEngagement(Map<String, Object> body) {
        return given().header("Authorization", EXEC).contentType(ContentType.JSON).body(body)
                .post("/api/engagements").then().statusCode(201).extract().response();
    }

    public static String engagement(String customerId) {
        return createEngagement(engagementBody(customerId, "Engagement " + UUID.randomUUID())).path("id");
    }

    /**
     * Walks the engagement through the stages, each move with the engagement's current ETag as If-Match, passing the
     * quality gates that guard a stage first (issue 20).
     */
    public static void moveTo(String engagementId, String... stages) {
        for (String stage : stages) {
            QualityFixtures.passGatesInto(engagementId, stage);
            transition("/api/engagements/" + engagementId, "/api/engagements/" + engagementId + "/transitions", stage)
                    .then().statusCode(200);
        }
    }

    /** A transition of the item at {@code itemPath} to {@code to}, with the item's current ETag as If-Match. */
    public static Response transition(String itemPath, String transitionsPath, String to) {
        return given().header("Authorization", EXEC).header("If-Match", etag(itemPath)).contentType(ContentType.JSON)
                .body(Map.of("to", to)).post(transitionsPath);
    }

    public static String etag(String path) {
        return given().header("Authorization", EXEC).get(path).then().statusCode(200).extract().header("ETag");
    }
}
