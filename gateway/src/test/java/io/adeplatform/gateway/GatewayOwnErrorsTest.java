package io.adeplatform.gateway;

import io.adeplatform.platform.testing.TestTokens;
import io.adeplatform.platform.testing.TokenOnlyTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasKey;

/**
 * The answers the gateway gives itself, before or instead of a service, are problem documents too: those Vert.x's
 * decoder would give without a body (414, 431), paths nothing serves (404), and a partner token (403).
 * 411, 413, 429 (LimitsTest) and 502, 503, 504 (ErrorAnswersTest, LimitsTest) are tested where those limits are.
 */
@QuarkusTest
@QuarkusTestResource(TokenOnlyTestResource.class)
@QuarkusTestResource(UpstreamServers.class)
class GatewayOwnErrorsTest {

    private static final String ALICE = TestTokens.bearer("alice", "executive");

    @Test
    void aPathOf5000CharactersIs414Problem() {
        // before the token check: no token is needed to be told the path is too long
        problem(given().get("/api/customers/" + "a".repeat(5_000)), 414, "uri-too-long")
                .body("detail", equalTo("the request path and query may be at most 4096 characters"))
                .body("$", not(hasKey("instance")));
        problem(given().header("Authorization", ALICE).get("/q/health/" + "b".repeat(5_000)), 414, "uri-too-long");
        // a path just under the limit still reaches the service
        given().header("Authorization", ALICE).get("/api/customers/" + "c".repeat(4_000)).then().statusCode(200)
                .body("server", equalTo("relationship"));
    }

    @Test
    void headersOverTheLimitAre431Problem() {
        problem(given().header("Authorization", ALICE).header("X-Padding", "p".repeat(30_000)).get("/api/customers"),
                431, "request-header-fields-too-large");
    }

    @Test
    void unknownPathsOutsideTheApiAre404Problems() {
        problem(given().get("/nowhere/at/all"), 404, "not-found")
                .body("instance", equalTo("/nowhere/at/all"));
    }

    @Test
    void aPartnerTokenIsVerifiedButGetsNoRoute() {
        problem(given().auth().oauth2(TestTokens.partnerToken()).get("/api/customers"), 403, "forbidden")
                .body("detail", containsString("not issued for the platform's user API"));
        problem(given().auth().oauth2(TestTokens.partnerToken()).get("/api/accounts/00000000-0000-0000-0000-000000000001/overview"),
                403, "forbidden");
    }

    private static ValidatableResponse problem(io.restassured.response.Response response, int status, String type) {
        return response.then().statusCode(status)
                .contentType("application/problem+json")
                .body("status", equalTo(status))
                .body("type", equalTo("https://adeplatform.io/problems/" + type));
    }
}
