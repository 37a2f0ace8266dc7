package io.adeplatform.gateway;

import io.adeplatform.platform.testing.TestTokens;
import io.adeplatform.platform.testing.TokenOnlyTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@QuarkusTestResource(TokenOnlyTestResource.class)
@QuarkusTestResource(UpstreamServers.class)
class ProxyingTest {

    private static final String ALICE = TestTokens.bearer("alice", "executive");
    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Test
    void routesByPrefixToTheRightServiceWithPathQueryAndBodyUnchanged() {
        given().header("Authorization", ALICE).contentType("application/json").body("{\"name\":\"Contoso\"}")
                .queryParam("dryRun", "true").queryParam("tag", "a b")
                .post("/api/customers/42/created")
                .then().statusCode(201)
                .body("server", equalTo("relationship"))
                .body("method", equalTo("POST"))
                .body("path", equalTo("/api/customers/42/created"))
                .body("query", equalTo("dryRun=true&tag=a%20b"))
                .body("body", equalTo("{\"name\":\"Contoso\"}"))
                .body("headers.content-type", startsWith("application/json"));

        given().header("Authorization", ALICE).get("/api/invoices")
                .then().statusCode(200).body("server", equalTo("billing")).body("path", equalTo("/api/invoices"));
        given().header("Authorization", ALICE).put("/api/stakeholders/7")
                .then().statusCode(200).body("server", equalTo("relationship")).body("method", equalTo("PUT"));
        given().header("Authorization", ALICE).delete("/api/billing/fiscal-limits/3")
                .then().statusCode(200).body("server", equalTo("billing")).body("method", equalTo("DELETE"));
    }

    @Test
    void aPrefixDoesNotMatchALongerSibling() {
        given().header("Authorization", ALICE).get("/api/customersX")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void forwardsTheTokenAndCorrelationIdUnchanged() {
        Response response = given().header("Authorization", ALICE)
                .header("X-Correlation-Id", "req-123.abc_X")
                .get("/api/customers");
        response.then().statusCode(200)
                .header("X-Correlation-Id", equalTo("req-123.abc_X"))
                .body("headers.authorization", equalTo(ALICE))
                .body("headers.x-correlation-id", equalTo("req-123.abc_X"));
        // the gateway's id replaces the one the service echoed, it is not added next to it
        org.junit.jupiter.api.Assertions.assertEquals(1, response.headers().getValues("X-Correlation-Id").size());
        // traceparent is the gateway's own span, see TracingTest
    }

    @Test
    void generatesACorrelationIdWhenAbsentOrInsane() {
        Response generated = given().header("Authorization", ALICE).get("/api/customers");
        String id = generated.header("X-Correlation-Id");
        generated.then().statusCode(200)
                .header("X-Correlation-Id", matchesPattern(UUID_PATTERN))
                .body("headers.x-correlation-id", equalTo(id));

        given().header("Authorization", ALICE).header("X-Correlation-Id", "has spaces; and=more")
                .get("/api/customers")
                .then().statusCode(200)
                .header("X-Correlation-Id", matchesPattern(UUID_PATTERN))
                .body("headers.x-correlation-id", matchesPattern(UUID_PATTERN));
        given().header("Authorization", ALICE).header("X-Correlation-Id", "x".repeat(65))
                .get("/api/customers")
                .then().statusCode(200).header("X-Correlation-Id", matchesPattern(UUID_PATTERN));
    }

    @Test
    void addsForwardedHeaders() {
        given().header("Authorization", ALICE).get("/api/customers")
                .then().statusCode(200)
                .body("headers.x-forwarded-for", equalTo("127.0.0.1"))
                .body("headers.x-forwarded-proto", equalTo("http"))
                .body("headers.x-forwarded-host", startsWith("localhost:"))
                .body("headers.forwarded", matchesPattern("for=127\\.0\\.0\\.1;host=\"?localhost:\\d+\"?;proto=http"))
                // the service sees itself as the host, the caller's host travels in X-Forwarded-Host
                .body("headers.host", notNullValue());
    }

    @Test
    void replacesWhateverForwardingHeadersTheClientSent() {
        given().header("Authorization", ALICE)
                .header("X-Forwarded-For", "203.0.113.9")
                .header("X-Forwarded-Host", "evil.example")
                .header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Port", "4443")
                .header("X-Forwarded-Prefix", "/evil")
                .header("Forwarded", "for=203.0.113.9;host=evil.example;proto=https")
                .header("forwarded", "host=evil2.example")
                .get("/api/customers")
                .then().statusCode(200)
                .body("headers.x-forwarded-for", equalTo("127.0.0.1"))
                .body("headers.x-forwarded-host", startsWith("localhost:"))
                .body("headers.x-forwarded-proto", equalTo("http"))
                .body("headers", not(hasKey("x-forwarded-port")))
                .body("headers", not(hasKey("x-forwarded-prefix")))
                .body("headers.forwarded", matchesPattern("for=127\\.0\\.0\\.1;host=\"?localhost:\\d+\"?;proto=http"));
    }

    @Test
    void echoesTheCorrelationIdOnErrorsToo() {
        given().header("X-Correlation-Id", "err-1").get("/api/customers")
                .then().statusCode(401).header("X-Correlation-Id", equalTo("err-1"));
        given().header("Authorization", ALICE).header("X-Correlation-Id", "err-2").get("/api/nowhere")
                .then().statusCode(404).header("X-Correlation-Id", equalTo("err-2"))
                .body("detail", containsString("/api/nowhere"));
    }
}
