package io.adeplatform.gateway;

import io.adeplatform.platform.testing.TokenOnlyTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/**
 * The gateway serves the cockpit (ade-web's built files) on its own origin: the page at {@code /} and at the app's
 * addresses, its hashed scripts, and {@code /config.json}; the API and the 404 problem for API clients are unchanged.
 */
@QuarkusTest
@QuarkusTestResource(TokenOnlyTestResource.class)
@QuarkusTestResource(UpstreamServers.class)
class CockpitTest {

    @Test
    void thePageIsServedAtTheRootAndAtTheAppsAddresses() {
        for (String path : new String[] {"/", "/portfolio", "/engagements/7b0c7c2e-0000-4000-8000-000000000001", "/auth/callback"}) {
            given().accept("text/html,application/xhtml+xml").get(path).then().statusCode(200)
                    .contentType(startsWith("text/html"))
                    .header("Cache-Control", "no-cache")
                    .header("Content-Security-Policy", containsString("script-src 'self'"))
                    .body(containsString("<div id=\"root\">"));
        }
    }

    @Test
    void theScriptsThePageNamesAreServedWithoutAToken() {
        String page = given().accept("text/html").get("/").then().statusCode(200).extract().asString();
        Matcher script = Pattern.compile("src=\"(/assets/[^\"]+\\.js)\"").matcher(page);
        assertThat(script.find()).as("index.html names its entry script").isTrue();
        given().get(script.group(1)).then().statusCode(200).contentType(containsString("javascript"));
    }

    @Test
    void configNamesTheKeycloakAndThePublicClient() {
        given().get("/config.json").then().statusCode(200)
                .contentType(startsWith("application/json"))
                .body("authority", startsWith("http"))
                .body("clientId", equalTo("ade-frontend"));
    }

    @Test
    void apiClientsStillGetProblemsNotThePage() {
        // without text/html in Accept a path nothing serves is the 404 problem, as before the cockpit
        given().get("/nowhere/at/all").then().statusCode(404).contentType(startsWith("application/problem+json"));
        // the API is never answered with the page, even for a browser
        given().accept("text/html").get("/api/customers").then().statusCode(401);
        given().accept("text/html").get("/api").then().statusCode(401).contentType(startsWith("application/problem+json"));
        given().accept("text/html").get("/q/nothing-here").then().statusCode(404).contentType(startsWith("application/problem+json"));
    }

    @Test
    void theContentSecurityPolicyAllowsOnlyThisOriginAndKeycloak() {
        assertThat(io.adeplatform.gateway.cockpit.CockpitRoutes.contentSecurityPolicy("https://auth.example.com"))
                .contains("connect-src 'self' https://auth.example.com;")
                .contains("frame-src https://auth.example.com;")
                .contains("object-src 'none'");
        assertThat(io.adeplatform.gateway.cockpit.CockpitRoutes.originOf("https://auth.example.com:8443/realms/ade"))
                .isEqualTo("https://auth.example.com:8443");
    }
}
