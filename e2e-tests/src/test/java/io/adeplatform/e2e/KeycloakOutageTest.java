package io.adeplatform.e2e;

import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Token validation survives a Keycloak outage (issue 8): the gateway and the services check signatures with keys
 * they fetched from Keycloak's JWKS on first use and cached, so while Keycloak is down a valid token keeps working
 * and a forged one is still refused. Keycloak is started again (same port, same data, so the same keys and issuer)
 * before the test ends, whatever happens, so the test classes after it in this JVM still get tokens.
 */
class KeycloakOutageTest {

    /** One read per service, so each of them has fetched the keys before the outage. */
    private static final List<String> ONE_READ_PER_SERVICE = List.of("/api/customers", "/api/engagements",
            "/api/consumption/subscriptions", "/api/escalations", "/api/contracts");

    @Test
    void aValidTokenKeepsWorkingWhileKeycloakIsDown() {
        RunningPlatform platform = RunningPlatform.get();
        String token = KeycloakTokens.bearer(platform, "ada.exec", "ada");
        expectStatus(platform, token, 200);
        try {
            platform.keycloak.stop();
            assertThat(platform.keycloak.isRunning()).isFalse();
            assertThatThrownBy(() -> given().get(platform.keycloak.realmUrl("ade") + "/protocol/openid-connect/certs"))
                    .as("Keycloak's JWKS endpoint during the outage").isInstanceOf(ConnectException.class);

            expectStatus(platform, token, 200);
            String forged = token.substring(0, token.lastIndexOf('.') + 1) + "c2lnbmF0dXJlLWZvcmdlZA";
            expectStatus(platform, forged, 401);
        } finally {
            platform.keycloak.start();
        }
        assertThat(KeycloakTokens.bearer(platform, "ada.exec", "ada")).startsWith("Bearer ");
        expectStatus(platform, token, 200);
    }

    private static void expectStatus(RunningPlatform platform, String bearer, int status) {
        for (String path : ONE_READ_PER_SERVICE) {
            given().baseUri(platform.gatewayUrl()).header("Authorization", bearer).get(path)
                    .then().statusCode(status);
        }
    }
}
