package io.adeplatform.e2e;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static io.restassured.RestAssured.given;

/**
 * One caller per realm role of deploy/local/keycloak/ade-realm.json: the five demo users (password grant through the
 * public client ade-frontend), the partner system (client credentials of ade-partner) and the gateway's status-pack
 * reporter (client credentials of ade-reporter: reads every customer, writes nothing but packs). Tokens are real Keycloak
 * tokens, fetched once and renewed well before the realm's 15-minute lifetime runs out.
 */
enum DemoCaller {
    EXECUTIVE("executive", "ada.exec", "ada"),
    DELIVERY_MANAGER("delivery-manager", "dan.delivery", "dan"),
    FINANCE("finance", "fiona.finance", "fiona"),
    VIEWER("viewer", "victor.viewer", "victor"),
    ADMIN("admin", "alice.admin", "alice"),
    PARTNER("partner", "service-account-ade-partner", null),
    REPORTER("reporter", "service-account-ade-reporter", null);

    private static final Duration RENEW_AFTER = Duration.ofMinutes(5);
    private static final Map<DemoCaller, Token> TOKENS = new ConcurrentHashMap<>();

    final String role;
    final String username;
    private final String password;

    DemoCaller(String role, String username, String password) {
        this.role = role;
        this.username = username;
        this.password = password;
    }

    /** The account-team role this caller gets on the member customer; machines and the admin are never on a team. */
    boolean joinsAccountTeams() {
        return !isMachine() && this != ADMIN;
    }

    /** A machine's client: its service account is named service-account-<client id>; the local realm's secret is <client id>-secret. */
    private String clientId() {
        return username.substring("service-account-".length());
    }

    /** A client's service account (client credentials), not a person. */
    boolean isMachine() {
        return password == null;
    }

    String bearer(RunningPlatform platform) {
        Token token = TOKENS.get(this);
        if (token == null || token.fetched.plus(RENEW_AFTER).isBefore(Instant.now())) {
            token = new Token("Bearer " + fetch(platform), Instant.now());
            TOKENS.put(this, token);
        }
        return token.value;
    }

    private String fetch(RunningPlatform platform) {
        var request = isMachine()
                ? given().formParam("grant_type", "client_credentials").formParam("client_id", clientId())
                        .formParam("client_secret", clientId() + "-secret")
                : given().formParam("grant_type", "password").formParam("client_id", "ade-frontend")
                        .formParam("username", username).formParam("password", password);
        return request.post(platform.keycloak.tokenEndpoint("ade")).then().statusCode(200).extract().path("access_token");
    }

    static DemoCaller withRole(String role) {
        for (DemoCaller caller : values()) {
            if (caller.role.equals(role)) {
                return caller;
            }
        }
        throw new IllegalArgumentException("no demo caller holds the role '" + role + "' that an OpenAPI document names;"
                + " add one to DemoCaller (and the realm)");
    }

    private record Token(String value, Instant fetched) {
    }
}
