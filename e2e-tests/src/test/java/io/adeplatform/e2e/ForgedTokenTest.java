package io.adeplatform.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.adeplatform.platform.infra.KeycloakServer;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Forged and foreign tokens, sent straight to each of the five services and to the gateway (services validate tokens
 * themselves): alg=none, HS256 keyed with the realm's RSA public key, a key id the realm does not have, a token of
 * another realm of the same Keycloak, nbf in the future — each 401 with a problem body — and a real partner token on
 * the user API, 403. The tokens are built with the JDK's own crypto from a real token's claims.
 *
 * <p>The nbf token must be signed by a key the realm trusts, or it would fail for its signature alone: the test adds
 * an RSA key of its own to realm ade (priority 1, so Keycloak keeps signing with its own) through the admin API, shows
 * that a token signed with it and a valid nbf is accepted, and removes the key afterwards.
 */
class ForgedTokenTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private static RunningPlatform platform;
    /** Per target (gateway and each service): a user endpoint without path parameters. */
    private static final Map<String, String> TARGETS = new LinkedHashMap<>();
    private static KeyPair trustedKey;
    private static String trustedKid;
    private static String componentUrl;

    @BeforeAll
    static void start() throws Exception {
        ApiUnderTest api = ApiUnderTest.start();
        platform = api.platform();
        TARGETS.put("gateway", platform.gatewayUrl() + "/api/customers");
        platform.serviceUrls().forEach((module, url) -> api.operations().stream()
                .filter(op -> op.service().equals(module) && op.isRead() && op.pathParameters().isEmpty())
                .findFirst()
                // lists that need a customer get one nobody sees: a passing token then reads an empty answer or a 404
                .ifPresent(op -> TARGETS.put(module, url + op.path()
                        + (op.queryParameters().contains("customerId") ? "?customerId=" + UUID.randomUUID() : ""))));
        assertThat(TARGETS).as("a user endpoint at the gateway and each service").hasSize(6);
        trustedKey = rsaKeys();
        addTrustedKey();
    }

    @AfterAll
    static void removeTrustedKey() {
        if (componentUrl != null) {
            given().header("Authorization", adminToken()).delete(componentUrl).then().statusCode(204);
        }
    }

    @Test
    void aRealTokenPassesEverywhere() {
        String real = DemoCaller.EXECUTIVE.bearer(platform);
        TARGETS.forEach((target, url) -> assertThat(call(url, real).statusCode()).as(target).isIn(200, 404));
    }

    @Test
    void algNoneIsRefused() throws Exception {
        String[] real = realParts();
        ObjectNode header = header(real).put("alg", "none");
        assertRefused("alg=none", "Bearer " + encode(header) + "." + real[1] + ".");
    }

    @Test
    void hs256KeyedWithTheRealmsPublicKeyIsRefused() throws Exception {
        String[] real = realParts();
        ObjectNode header = header(real).put("alg", "HS256");
        String signingInput = encode(header) + "." + real[1];
        List<byte[]> secrets = new ArrayList<>();
        for (JsonNode key : given().get(platform.keycloak.realmUrl("ade") + "/protocol/openid-connect/certs")
                .then().statusCode(200).extract().as(JsonNode.class).path("keys")) {
            if (key.path("kid").asText().equals(header.path("kid").asText())) {
                byte[] der = Base64.getDecoder().decode(key.path("x5c").path(0).asText());
                secrets.add(der);
                secrets.add(pem(rsaPublicKeyOf(der)).getBytes(StandardCharsets.US_ASCII));
            }
        }
        assertThat(secrets).as("the realm's current signing key").isNotEmpty();
        for (byte[] secret : secrets) {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            assertRefused("HS256 with the public key", "Bearer " + signingInput + "." + B64.encodeToString(
                    mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII))));
        }
    }

    @Test
    void aKeyIdTheRealmDoesNotHaveIsRefused() throws Exception {
        String[] real = realParts();
        ObjectNode header = header(real).put("kid", "forged-" + UUID.randomUUID());
        assertRefused("unknown kid", "Bearer " + sign(header, claims(real), rsaKeys().getPrivate()));
    }

    @Test
    void aTokenOfAnotherRealmOfTheSameKeycloakIsRefused() {
        String other = given().formParam("grant_type", "password").formParam("client_id", "ade-frontend")
                .formParam("username", "ada.exec").formParam("password", "ada")
                .post(platform.keycloak.tokenEndpoint("ade-other"))
                .then().statusCode(200).extract().path("access_token");
        assertRefused("another realm", "Bearer " + other);
    }

    @Test
    void notBeforeInTheFutureIsRefusedWhileTheSameKeyIsTrusted() throws Exception {
        String[] real = realParts();
        ObjectNode header = header(real).put("kid", trustedKid);
        ObjectNode claims = claims(real);
        // the control: the test's key is trusted by the realm, so only nbf can make the next token fail
        String valid = "Bearer " + sign(header, claims, trustedKey.getPrivate());
        TARGETS.forEach((target, url) -> assertThat(call(url, valid).statusCode()).as(target + " with the trusted test key")
                .isIn(200, 404));
        claims.put("nbf", Instant.now().plusSeconds(3600).getEpochSecond());
        assertRefused("nbf in the future", "Bearer " + sign(header, claims, trustedKey.getPrivate()));
    }

    @Test
    void aPartnerTokenIsForbiddenOnTheUserApi() {
        String partner = DemoCaller.PARTNER.bearer(platform);
        TARGETS.forEach((target, url) -> {
            Response response = call(url, partner);
            assertThat(response.statusCode()).as(target + " partner token").isEqualTo(403);
            assertThat(response.contentType()).as(target).startsWith("application/problem+json");
        });
    }

    private static void assertRefused(String what, String bearer) {
        TARGETS.forEach((target, url) -> {
            Response response = call(url, bearer);
            assertThat(response.statusCode()).as(target + ": " + what).isEqualTo(401);
            assertThat(response.contentType()).as(target + ": " + what).startsWith("application/problem+json");
        });
    }

    private static Response call(String url, String bearer) {
        return given().urlEncodingEnabled(false).header("Authorization", bearer).get(url);
    }

    private static String[] realParts() {
        return DemoCaller.EXECUTIVE.bearer(platform).substring("Bearer ".length()).split("\\.");
    }

    private static ObjectNode header(String[] parts) throws Exception {
        return (ObjectNode) JSON.readTree(Base64.getUrlDecoder().decode(parts[0]));
    }

    private static ObjectNode claims(String[] parts) throws Exception {
        return (ObjectNode) JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
    }

    private static String encode(JsonNode node) throws Exception {
        return B64.encodeToString(JSON.writeValueAsBytes(node));
    }

    private static String sign(ObjectNode header, ObjectNode claims, PrivateKey key) throws Exception {
        header.put("alg", "RS256");
        String signingInput = encode(header) + "." + encode(claims);
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(key);
        rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
        return signingInput + "." + B64.encodeToString(rsa.sign());
    }

    private static KeyPair rsaKeys() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    private static RSAPublicKey rsaPublicKeyOf(byte[] certificateDer) throws Exception {
        return (RSAPublicKey) java.security.cert.CertificateFactory.getInstance("X.509")
                .generateCertificate(new java.io.ByteArrayInputStream(certificateDer)).getPublicKey();
    }

    private static String pem(RSAPublicKey key) {
        return "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(key.getEncoded()) + "\n-----END PUBLIC KEY-----\n";
    }

    /** Imports the test's key into realm ade (admin API) and finds the kid Keycloak gives it in the realm's JWKS. */
    private static void addTrustedKey() {
        String admin = adminToken();
        String realmId = given().header("Authorization", admin).get(platform.keycloak.url() + "/admin/realms/ade")
                .then().statusCode(200).extract().path("id");
        Map<String, Object> component = Map.of(
                "name", "forged-token-test-" + UUID.randomUUID(),
                "providerId", "rsa",
                "providerType", "org.keycloak.keys.KeyProvider",
                "parentId", realmId,
                "config", Map.of("priority", List.of("1"), "enabled", List.of("true"), "active", List.of("true"),
                        "algorithm", List.of("RS256"),
                        "privateKey", List.of(Base64.getEncoder().encodeToString(trustedKey.getPrivate().getEncoded()))));
        componentUrl = given().header("Authorization", admin).contentType("application/json").body(component)
                .post(platform.keycloak.url() + "/admin/realms/ade/components")
                .then().statusCode(201).extract().header("Location");
        BigInteger modulus = ((RSAPublicKey) trustedKey.getPublic()).getModulus();
        for (JsonNode key : given().get(platform.keycloak.realmUrl("ade") + "/protocol/openid-connect/certs")
                .then().statusCode(200).extract().as(JsonNode.class).path("keys")) {
            if (key.has("n") && new BigInteger(1, Base64.getUrlDecoder().decode(key.path("n").asText())).equals(modulus)) {
                trustedKid = key.path("kid").asText();
            }
        }
        assertThat(trustedKid).as("the test key in the realm's JWKS").isNotNull();
    }

    private static String adminToken() {
        return "Bearer " + given().formParam("grant_type", "password").formParam("client_id", "admin-cli")
                .formParam("username", KeycloakServer.ADMIN_USER).formParam("password", KeycloakServer.ADMIN_PASSWORD)
                .post(platform.keycloak.tokenEndpoint("master"))
                .then().statusCode(200).extract().path("access_token");
    }
}
