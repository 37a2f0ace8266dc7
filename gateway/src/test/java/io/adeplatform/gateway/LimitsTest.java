package io.adeplatform.gateway;

import io.adeplatform.platform.testing.TestTokens;
import io.adeplatform.platform.testing.TokenOnlyTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.ByteArrayInputStream;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
@QuarkusTestResource(TokenOnlyTestResource.class)
@QuarkusTestResource(UpstreamServers.class)
class LimitsTest {

    @TestHTTPResource
    URL root;

    @Test
    void oversizedBodyIs413ProblemBeforeReachingTheService() {
        byte[] body = new byte[1_048_577];
        given().header("Authorization", TestTokens.bearer("alice", "executive")).contentType("application/json").body(body)
                .post("/api/customers")
                .then().statusCode(413).contentType("application/problem+json").body("status", equalTo(413));
    }

    @Test
    void largeBodyPrefixAcceptsBigUploadsUpToItsOwnLimitOnly() {
        String token = TestTokens.bearer("ingrid", "executive");
        String csv = "x".repeat(2_500_000);
        given().header("Authorization", token).contentType("text/csv").body(csv)
                .post("/api/customers/imports/usage.csv")
                .then().statusCode(200).body("path", equalTo("/api/customers/imports/usage.csv"))
                .body("body.length()", equalTo(csv.length()));
        // the same body elsewhere is over the general 1 MiB limit
        given().header("Authorization", token).contentType("text/csv").body(csv).post("/api/customers")
                .then().statusCode(413).contentType("application/problem+json");
        // and the large-body prefix has its own ceiling
        given().header("Authorization", token).contentType("text/csv").body(new byte[3_145_729])
                .post("/api/customers/imports")
                .then().statusCode(413).contentType("application/problem+json")
                .body("detail", equalTo("the request body may be at most 3145728 bytes"));
    }

    @ParameterizedTest
    @EnumSource(HttpClient.Version.class)
    void bodyWithoutDeclaredLengthIs411ProblemWhileBodilessRequestsPass(HttpClient.Version version) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(version).build();
        String token = TestTokens.bearer("carl-" + version, "executive");
        HttpRequest streamed = HttpRequest.newBuilder(root.toURI().resolve("/api/customers"))
                .header("Authorization", token).header("Content-Type", "application/json")
                // a stream of unknown length goes out without Content-Length (chunked on HTTP/1.1)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream("{}".getBytes())))
                .build();
        HttpResponse<String> refused = client.send(streamed, HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(411);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));

        HttpRequest get = HttpRequest.newBuilder(root.toURI().resolve("/api/customers/42"))
                .header("Authorization", token).GET().build();
        assertThat(client.send(get, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        HttpRequest sized = HttpRequest.newBuilder(root.toURI().resolve("/api/customers"))
                .header("Authorization", token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"x\"}")).build();
        HttpResponse<String> forwarded = client.send(sized, HttpResponse.BodyHandlers.ofString());
        assertThat(forwarded.statusCode()).isEqualTo(200);
        assertThat(forwarded.body()).contains("\\\"name\\\"");
    }

    @Test
    void userGetsTheBurstAtOnceThen429WithRetryAfterThenTheSustainedRateWhileOthersGoOn() throws Exception {
        // the test configuration (UpstreamServers): a burst of 40, refilled at 0.5 requests per second
        String rita = TestTokens.bearer("rita.rapid", "executive");
        List<Integer> statuses = new ArrayList<>();
        String retryAfter = null;
        for (int i = 0; i < 45; i++) {
            var response = given().header("Authorization", rita).get("/api/customers/x").then().extract();
            statuses.add(response.statusCode());
            if (response.statusCode() == 429 && retryAfter == null) {
                retryAfter = response.header("Retry-After");
                assertThat(response.contentType()).startsWith("application/problem+json");
                assertThat(response.body().asString()).contains("too-many-requests");
            }
        }
        // the whole burst at once; past it refused (45 requests take far less than the 2 s a refill needs)
        assertThat(statuses.subList(0, 40)).containsOnly(200);
        assertThat(statuses.subList(40, 45)).containsOnly(429);
        assertThat(retryAfter).isNotNull();
        assertThat(Integer.parseInt(retryAfter)).isBetween(1, 2); // one request's worth refills in 2 s

        // others are not affected
        given().header("Authorization", TestTokens.bearer("olga.other", "executive")).get("/api/customers/x")
                .then().statusCode(200);

        // the sustained rate: once Retry-After has passed a request goes through, and soon one is refused again
        // (a slow machine may have refilled a second one meanwhile, never three)
        Thread.sleep(Integer.parseInt(retryAfter) * 1000L + 100);
        given().header("Authorization", rita).get("/api/customers/x").then().statusCode(200);
        List<Integer> after = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            after.add(given().header("Authorization", rita).get("/api/customers/x").then().extract().statusCode());
        }
        assertThat(after).contains(429);
    }

    @Test
    void failingRouteOpensItsBreakerAndFailsFastWithoutHurtingOthers() {
        String token = TestTokens.bearer("bob", "executive");
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            statuses.add(given().header("Authorization", token).get("/api/flaky/thing").then().extract().statusCode());
        }
        assertThat(statuses.subList(0, 5)).containsOnly(502);
        assertThat(statuses.get(7)).isEqualTo(503);
        given().header("Authorization", token).get("/api/flaky/thing")
                .then().statusCode(503).contentType("application/problem+json")
                .header("Retry-After", notNullValue()).body("type", equalTo("https://adeplatform.io/problems/service-unavailable"));
        given().header("Authorization", token).get("/api/contracts/1").then().statusCode(200).body("server", equalTo("billing"));
    }

    @Test
    void corsPreflightFromAConfiguredOriginIsAnsweredWithoutAToken() {
        given().header("Origin", "http://localhost:5173").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .options("/api/customers")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("http://localhost:5173"));
        given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "POST")
                .options("/api/customers")
                .then().statusCode(403);
    }
}
