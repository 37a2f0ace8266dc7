package io.adeplatform.relationship;

import io.adeplatform.platform.persistence.IdempotencyKeyPurge;
import io.adeplatform.platform.testing.RawHttp;
import io.adeplatform.platform.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.Map;
import java.util.UUID;

import static io.adeplatform.relationship.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Identity edges of issue 14 at a service: forwarding headers count only from the gateway's address
 * (quarkus.http.proxy.trusted-proxies, 127.0.0.1 here), an Idempotency-Key replay checks access again, and keys
 * expire (ade.idempotency.key-ttl) and are purged.
 */
@QuarkusTest
class IdentityEdgesTest {

    private static final String ERIN = TestTokens.bearer("erin.exec", "executive");
    private static final String ADMIN = TestTokens.bearer("alice.admin", "admin");

    @TestHTTPResource
    URL root;

    @Inject
    EntityManager em;

    @Inject
    IdempotencyKeyPurge purge;

    @Test
    void forwardingHeadersCountOnlyFromTheTrustedGatewayAddress() throws Exception {
        Map<String, String> headers = Map.of("Authorization", ERIN, "Content-Type", "application/json",
                "Forwarded", "for=198.51.100.7;host=evil.example;proto=https",
                "X-Forwarded-Host", "evil.example", "X-Forwarded-Proto", "https");
        String body = "{\"name\":\"Forwarded " + UUID.randomUUID() + "\",\"segment\":\"state-government\"}";

        // another loopback address than the gateway's: the headers are ignored
        RawHttp.Answer untrusted = RawHttp.exchange("127.0.0.2", root.getPort(), "POST", "/api/customers", headers, body);
        assertThat(untrusted.status()).isEqualTo(201);
        assertThat(untrusted.header("Location")).startsWith("http://localhost:" + root.getPort() + "/api/customers/");

        // from the gateway's address they are what Location is built from (so the test above can fail)
        RawHttp.Answer trusted = RawHttp.exchange("127.0.0.1", root.getPort(), "POST", "/api/customers", headers,
                body.replace("Forwarded ", "Forwarded trusted "));
        assertThat(trusted.status()).isEqualTo(201);
        assertThat(trusted.header("Location")).startsWith("https://evil.example/api/customers/");
    }

    @Test
    void aReplayChecksAccessAgain() {
        String customer = Api.customer(ERIN, "Replay " + UUID.randomUUID());
        as(ERIN).body(Map.of("username", "dana.replay", "role", "delivery-manager"))
                .post("/api/customers/" + customer + "/account-team").then().statusCode(201);
        String dana = TestTokens.bearer("dana.replay", "delivery-manager");
        Map<String, Object> stakeholder = Api.stakeholder("Pat Replay", "cio", 4, "supporter", null);
        String key = "replay-" + UUID.randomUUID();
        String path = "/api/customers/" + customer + "/stakeholders";
        String id = as(dana).header("Idempotency-Key", key).body(stakeholder).post(path)
                .then().statusCode(201).extract().path("id");
        as(dana).header("Idempotency-Key", key).body(stakeholder).post(path)
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(id));

        as(ERIN).header("If-Match", "\"1\"").delete("/api/customers/" + customer + "/account-team/dana.replay")
                .then().statusCode(200);

        Response replay = as(dana).header("Idempotency-Key", key).body(stakeholder).post(path);
        Response unknown = as(dana).body(stakeholder).post("/api/customers/" + UUID.randomUUID() + "/stakeholders");
        replay.then().statusCode(404).contentType("application/problem+json");
        // answered exactly like a customer that does not exist (ids aside)
        assertThat(replay.path("detail").toString().replace(customer, "<id>"))
                .isEqualTo(unknown.path("detail").toString().replaceAll("[0-9a-f-]{36}", "<id>"));
    }

    @Test
    void aRegistrationReplayChecksTheRegistrantIsStillOnTheTeam() {
        String key = "register-" + UUID.randomUUID();
        Map<String, String> request = Map.of("name", "Registered " + UUID.randomUUID(), "segment", "education");
        String customer = as(ERIN).header("Idempotency-Key", key).body(request).post("/api/customers")
                .then().statusCode(201).extract().path("id");
        as(ADMIN).body(Map.of("username", "frank.exec", "role", "executive"))
                .post("/api/customers/" + customer + "/account-team").then().statusCode(201);
        as(ADMIN).header("If-Match", "\"1\"").delete("/api/customers/" + customer + "/account-team/erin.exec")
                .then().statusCode(200);

        as(ERIN).header("Idempotency-Key", key).body(request).post("/api/customers")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void anExpiredKeyIsNewAgainAndExpiredKeysArePurged() {
        String key = "expiring-" + UUID.randomUUID();
        String first = as(ERIN).header("Idempotency-Key", key)
                .body(Map.of("name", "First " + UUID.randomUUID(), "segment", "education"))
                .post("/api/customers").then().statusCode(201).extract().path("id");
        Map<String, String> other = Map.of("name", "Second " + UUID.randomUUID(), "segment", "education");
        // within the TTL another body under the key is refused
        as(ERIN).header("Idempotency-Key", key).body(other).post("/api/customers").then().statusCode(422);

        age(key, "25 hours");
        String second = as(ERIN).header("Idempotency-Key", key).body(other).post("/api/customers")
                .then().statusCode(201).extract().path("id");
        assertThat(second).isNotEqualTo(first);

        String fresh = "fresh-" + UUID.randomUUID();
        as(ERIN).header("Idempotency-Key", fresh).body(Map.of("name", "Fresh " + UUID.randomUUID(), "segment", "education"))
                .post("/api/customers").then().statusCode(201);
        age(key, "30 hours");
        assertThat(purge.purgeExpired()).isGreaterThanOrEqualTo(1);
        assertThat(rows(key)).isZero();
        assertThat(rows(fresh)).isOne();
    }

    private void age(String key, String by) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "UPDATE idempotency_key SET created_at = now() - interval '" + by + "' WHERE key = ?1")
                .setParameter(1, key).executeUpdate());
    }

    private long rows(String key) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM idempotency_key WHERE key = ?1").setParameter(1, key).getSingleResult()).longValue());
    }
}
