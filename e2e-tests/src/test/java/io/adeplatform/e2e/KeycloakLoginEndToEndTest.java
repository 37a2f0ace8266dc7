package io.adeplatform.e2e;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/**
 * A demo user logs in at a real Keycloak 26.5.6 with the repository's realm and uses the platform through the
 * gateway; the services validate the same token themselves and scope data by account team.
 */
class KeycloakLoginEndToEndTest {

    private static RunningPlatform platform;

    @BeforeAll
    static void startPlatform() {
        platform = RunningPlatform.get();
    }

    @Test
    void demoExecutiveRegistersACustomerThatEveryServiceThenKnows() {
        String ada = KeycloakTokens.bearer(platform, "ada.exec", "ada");
        String name = "Cascadia Department of Revenue " + UUID.randomUUID();
        String id = given().baseUri(platform.gatewayUrl()).header("Authorization", ada)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(ContentType.JSON).body(Map.of("name", name, "segment", "state-government"))
                .post("/api/customers")
                .then().statusCode(201)
                .header("Location", startsWith(platform.gatewayUrl() + "/api/customers/"))
                .body("accountTeam[0].username", equalTo("ada.exec"))
                .extract().path("id");

        for (String area : new String[]{"portfolio", "consumption", "escalations", "billing"}) {
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                    given().baseUri(platform.gatewayUrl()).header("Authorization", ada)
                            .get("/api/" + area + "/customer-projections/" + id)
                            .then().statusCode(200).body("name", equalTo(name)));
        }
        // the first test after the platform's start: services just started may miss the overview's 2.5 s budget (and
        // open the gateway's circuit breaker for 15 s) until their JIT has warmed up, so the overview may need a retry
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                given().baseUri(platform.gatewayUrl()).header("Authorization", ada)
                        .get("/api/accounts/" + id + "/overview")
                        .then().statusCode(200).body("sections.customer.status", equalTo("ok"))
                        .body("sections.customer.data.name", equalTo(name)));
    }

    @Test
    void rolesAndAccountTeamsHoldWithRealTokens() {
        String ada = KeycloakTokens.bearer(platform, "ada.exec", "ada");
        // not before relationship-service answers through the gateway (a breaker opened by a cold start is closed again)
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                given().baseUri(platform.gatewayUrl()).header("Authorization", ada)
                        .get("/api/customers?limit=1").then().statusCode(200));
        String id = given().baseUri(platform.gatewayUrl()).header("Authorization", ada)
                .contentType(ContentType.JSON).body(Map.of("name", "City of Riverton " + UUID.randomUUID(), "segment", "city"))
                .post("/api/customers").then().statusCode(201).extract().path("id");

        given().baseUri(platform.gatewayUrl()).header("Authorization", KeycloakTokens.bearer(platform, "victor.viewer", "victor"))
                .contentType(ContentType.JSON).body(Map.of("name", "Not allowed", "segment", "city"))
                .post("/api/customers").then().statusCode(403).contentType("application/problem+json");
        given().baseUri(platform.gatewayUrl()).header("Authorization", KeycloakTokens.bearer(platform, "dan.delivery", "dan"))
                .get("/api/customers/" + id).then().statusCode(404).contentType("application/problem+json");
        given().baseUri(platform.gatewayUrl()).header("Authorization", KeycloakTokens.bearer(platform, "alice.admin", "alice"))
                .get("/api/customers/" + id).then().statusCode(200);
        given().baseUri(platform.gatewayUrl()).get("/api/customers/" + id).then().statusCode(401);
        // the services check the token themselves too: calling one directly without a token is refused
        given().baseUri("http://localhost:" + platform.gateway.port).header("Authorization", "Bearer not-a-token")
                .get("/api/customers/" + id).then().statusCode(401);
    }
}
