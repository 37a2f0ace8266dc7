package io.adeplatform.platform.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Real RS256-signed access tokens in the shape Keycloak issues them (issuer, audience, preferred_username,
 * realm_access.roles), signed with a test key whose public half the service under test is configured with.
 * The service validates them exactly as it validates Keycloak's.
 */
public final class TestTokens {

    public static final String ISSUER = "https://keycloak.test/realms/ade";
    public static final String AUDIENCE = "ade-platform";
    /** The audience of partner systems' tokens (client ade-partner): verified, then refused on user endpoints. */
    public static final String PARTNER_AUDIENCE = "ade-partner-api";

    /** Keycloak's name for the service account of client ade-reporter (its tokens' preferred_username). */
    public static final String REPORTER_USERNAME = "service-account-ade-reporter";

    private static final String PRIVATE_KEY = "/io/adeplatform/testing/test-signing-key.pem";
    private static final String PUBLIC_KEY = "/io/adeplatform/testing/test-signing-key.pub.pem";

    private TestTokens() {
    }

    /** An Authorization header value for this user with these realm roles. */
    public static String bearer(String username, String... roles) {
        return "Bearer " + token(username, roles);
    }

    public static String token(String username, String... roles) {
        return builder(username, roles).sign(privateKey());
    }

    /** A token a foreign issuer signed with the same key: must still be rejected. */
    public static String foreignIssuerToken(String username, String... roles) {
        return builder(username, roles).issuer("https://evil.example/realms/ade").sign(privateKey());
    }

    public static String wrongAudienceToken(String username, String... roles) {
        return builder(username, roles).audience("some-other-api").sign(privateKey());
    }

    /** A partner system's token as Keycloak issues it (client credentials of ade-partner, role partner). */
    public static String partnerToken() {
        return builder("service-account-ade-partner", "partner").audience(PARTNER_AUDIENCE).claim("azp", "ade-partner")
                .sign(privateKey());
    }

    /**
     * The platform's reporting machine identity as Keycloak issues its token (client credentials of ade-reporter,
     * its service account with realm role reporter, the users' audience ade-platform).
     */
    public static String reporterToken() {
        return builder(REPORTER_USERNAME, "reporter").claim("azp", "ade-reporter").sign(privateKey());
    }

    /** {@link #reporterToken()} as an Authorization header value. */
    public static String reporterBearer() {
        return "Bearer " + reporterToken();
    }

    public static String expiredToken(String username, String... roles) {
        Instant past = Instant.now().minus(Duration.ofHours(2));
        return builder(username, roles).issuedAt(past).expiresAt(past.plusSeconds(300)).sign(privateKey());
    }

    /** A valid token that expires at {@code expiry} (a cache of verified tokens must not outlive it). */
    public static String tokenExpiringAt(Instant expiry, String username, String... roles) {
        return builder(username, roles).expiresAt(expiry).sign(privateKey());
    }

    /** Configuration that makes a service validate these tokens (no connection to an OIDC server). */
    public static Map<String, String> serviceConfig() {
        return Map.of(
                // no OIDC server: verify signatures with the test public key only
                "quarkus.oidc.auth-server-url", "",
                "quarkus.oidc.public-key", publicKeyBase64(),
                "quarkus.oidc.token.issuer", ISSUER,
                "quarkus.oidc.token.audience", AUDIENCE + "," + PARTNER_AUDIENCE);
    }

    private static io.smallrye.jwt.build.JwtClaimsBuilder builder(String username, String... roles) {
        Instant now = Instant.now();
        return Jwt.issuer(ISSUER)
                .audience(AUDIENCE)
                .subject(UUID.nameUUIDFromBytes(username.getBytes(StandardCharsets.UTF_8)).toString())
                .claim("preferred_username", username)
                .claim("realm_access", Map.of("roles", List.of(roles)))
                .claim("azp", "ade-frontend")
                .issuedAt(now)
                .expiresAt(now.plus(Duration.ofMinutes(30)));
    }

    private static PrivateKey privateKey() {
        try {
            return KeyUtils.decodePrivateKey(read(PRIVATE_KEY));
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the test signing key", e);
        }
    }

    /** The public key as the base64 body of its PEM, the form quarkus.oidc.public-key takes. */
    public static String publicKeyBase64() {
        return read(PUBLIC_KEY).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
    }

    private static String read(String resource) {
        try (InputStream in = TestTokens.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
