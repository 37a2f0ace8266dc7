package io.adeplatform.gateway;

import io.adeplatform.platform.security.tokens.VerifiedTokens;
import io.adeplatform.platform.testing.TestTokens;
import io.adeplatform.platform.testing.TokenOnlyTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Each token is verified once (issue 19): later requests with the same token are answered from the cache of
 * verified tokens, which never outlives the token, never serves another token, and leaves every check after
 * verification (audience, rate limit) as it was.
 */
@QuarkusTest
@QuarkusTestResource(TokenOnlyTestResource.class)
@QuarkusTestResource(UpstreamServers.class)
class VerifiedTokensTest {

    @Inject
    VerifiedTokens verified;

    @Test
    void aTokenIsVerifiedOnceThenServedFromTheCache() {
        String token = TestTokens.token("cache-user", "executive");
        long verificationsBefore = verified.verifications();
        long hitsBefore = verified.hits();

        for (int i = 0; i < 5; i++) {
            given().auth().oauth2(token).get("/api/customers/echo")
                    .then().statusCode(200).body("server", equalTo("relationship"));
        }

        assertThat(verified.verifications() - verificationsBefore).isEqualTo(1);
        assertThat(verified.hits() - hitsBefore).isEqualTo(4);
    }

    @Test
    void aKeptTokenStillExpiresOnTime() throws InterruptedException {
        Instant expiry = Instant.now().plusSeconds(3);
        String token = TestTokens.tokenExpiringAt(expiry, "short-lived", "executive");
        given().auth().oauth2(token).get("/api/customers/echo").then().statusCode(200);
        given().auth().oauth2(token).get("/api/customers/echo").then().statusCode(200);

        Thread.sleep(Math.max(0, expiry.toEpochMilli() - System.currentTimeMillis()) + 1500);

        given().auth().oauth2(token).get("/api/customers/echo")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void anAlteredTokenIsNotTheKeptOne() {
        String token = TestTokens.token("cache-user-2", "executive");
        given().auth().oauth2(token).get("/api/customers/echo").then().statusCode(200);
        String signature = token.substring(token.lastIndexOf('.') + 1);
        String altered = token.substring(0, token.lastIndexOf('.') + 1)
                + (signature.charAt(0) == 'A' ? 'B' : 'A') + signature.substring(1);

        given().auth().oauth2(altered).get("/api/customers/echo").then().statusCode(401);
        given().auth().oauth2(token + "x").get("/api/customers/echo").then().statusCode(401);
    }

    @Test
    void aKeptPartnerTokenIsStillRefused() {
        String partner = TestTokens.partnerToken();
        long hitsBefore = verified.hits();
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(partner).get("/api/customers/echo").then().statusCode(403);
        }
        assertThat(verified.hits() - hitsBefore).isEqualTo(2);
    }

    @Test
    void eachTokenKeepsItsOwnIdentity() {
        String ada = TestTokens.token("ada.cache", "executive");
        String bob = TestTokens.token("bob.cache", "viewer");
        for (int i = 0; i < 2; i++) {
            given().auth().oauth2(ada).get("/api/customers/echo").then().statusCode(200)
                    .body("headers.authorization", equalTo("Bearer " + ada));
            given().auth().oauth2(bob).get("/api/customers/echo").then().statusCode(200)
                    .body("headers.authorization", equalTo("Bearer " + bob));
        }
    }
}
