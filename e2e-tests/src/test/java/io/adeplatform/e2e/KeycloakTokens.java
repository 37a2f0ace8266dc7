package io.adeplatform.e2e;

import static io.restassured.RestAssured.given;

/** Logs a demo user of the repository's realm in, as a front-end would with the public client. */
final class KeycloakTokens {

    private KeycloakTokens() {
    }

    static String bearer(RunningPlatform platform, String username, String password) {
        String token = given().formParam("grant_type", "password").formParam("client_id", "ade-frontend")
                .formParam("username", username).formParam("password", password)
                .post(platform.keycloak.tokenEndpoint("ade"))
                .then().statusCode(200).extract().path("access_token");
        return "Bearer " + token;
    }
}
