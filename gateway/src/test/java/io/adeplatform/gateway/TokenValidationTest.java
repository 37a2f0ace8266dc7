package io.adeplatform.gateway;

import io.adeplatform.platform.testing.TestTokens;
import io.adeplatform.platform.testing.TokenOnlyTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/** Every /api request needs a valid token from the realm; whatever is wrong with it, the answer is the same 401. */
@QuarkusTest
@QuarkusTestResource(TokenOnlyTestResource.class)
@QuarkusTestResource(UpstreamServers.class)
class TokenValidationTest {

    @Test
    void noToken() {
        assertUnauthorized(given(), "/api/customers");
    }

    @Test
    void garbageToken() {
        assertUnauthorized(given().header("Authorization", "Bearer not-a-jwt"), "/api/customers");
    }

    @Test
    void notABearerToken() {
        assertUnauthorized(given().header("Authorization", "Basic YWxpY2U6c2VjcmV0"), "/api/customers");
    }

    @Test
    void expiredToken() {
        assertUnauthorized(given().auth().oauth2(TestTokens.expiredToken("alice", "executive")), "/api/customers");
    }

    @Test
    void foreignIssuer() {
        assertUnauthorized(given().auth().oauth2(TestTokens.foreignIssuerToken("alice", "executive")), "/api/invoices");
    }

    @Test
    void wrongAudience() {
        assertUnauthorized(given().auth().oauth2(TestTokens.wrongAudienceToken("alice", "executive")), "/api/invoices");
    }

    @Test
    void unroutedPathsNeedATokenToo() {
        assertUnauthorized(given(), "/api/nowhere");
    }

    @Test
    void aBodyIsNotForwardedWithoutAToken() {
        given().contentType("application/json").body("{\"name\":\"x\"}").post("/api/customers")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void aValidTokenPasses() {
        given().auth().oauth2(TestTokens.token("bob", "viewer")).get("/api/customers")
                .then().statusCode(200).body("server", equalTo("relationship"));
    }

    private static void assertUnauthorized(RequestSpecification request, String path) {
        request.get(path).then()
                .statusCode(401)
                .header("WWW-Authenticate", "Bearer")
                .contentType("application/problem+json")
                .body("status", equalTo(401))
                .body("type", equalTo("https://adeplatform.io/problems/unauthenticated"))
                .body("title", equalTo("Unauthorized"))
                .body("instance", equalTo(path));
    }
}
