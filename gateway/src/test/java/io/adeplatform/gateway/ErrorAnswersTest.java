package io.adeplatform.gateway;

import io.adeplatform.platform.testing.TestTokens;
import io.adeplatform.platform.testing.TokenOnlyTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;

@QuarkusTest
@QuarkusTestResource(TokenOnlyTestResource.class)
@QuarkusTestResource(UpstreamServers.class)
class ErrorAnswersTest {

    private static final String ALICE = TestTokens.bearer("alice", "executive");

    @Test
    void unroutedApiPathIs404Problem() {
        given().header("Authorization", ALICE).get("/api/nowhere?x=1")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("type", equalTo("https://adeplatform.io/problems/not-found"))
                .body("instance", equalTo("/api/nowhere"));
    }

    @Test
    void serviceDownIs502ProblemAtOnce() {
        long start = warmedUpStart();
        given().header("Authorization", ALICE).contentType("application/json").body("{}")
                .post("/api/escalations")
                .then().statusCode(502)
                .contentType("application/problem+json")
                .body("status", equalTo(502))
                .body("type", equalTo("https://adeplatform.io/problems/bad-gateway"))
                .body("detail", containsString("escalation"))
                .body("instance", equalTo("/api/escalations"));
        // connection refused is answered right away, not after the route's 10 s timeout
        assertThat(elapsedMillis(start), lessThan(3_000L));
    }

    @Test
    void silentServiceIs504ProblemAfterTheRouteTimeout() {
        long start = warmedUpStart();
        given().header("Authorization", ALICE).get("/api/slow/report")
                .then().statusCode(504)
                .contentType("application/problem+json")
                .body("status", equalTo(504))
                .body("type", equalTo("https://adeplatform.io/problems/gateway-timeout"))
                .body("instance", equalTo("/api/slow/report"));
        // the slow route's timeout is 500 ms
        assertThat(elapsedMillis(start), allOf(greaterThanOrEqualTo(500L), lessThan(3_000L)));
    }

    /** RestAssured's first call spends seconds loading classes; the timings above measure the gateway only. */
    private static long warmedUpStart() {
        given().get("/q/health/live").then().statusCode(200);
        return System.nanoTime();
    }

    private static long elapsedMillis(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos).toMillis();
    }

    @Test
    void metricsTagTheRoutePrefixNotTheRawPath() {
        given().header("Authorization", ALICE).get("/api/stakeholders/11").then().statusCode(200);
        given().header("Authorization", ALICE).get("/api/stakeholders/12").then().statusCode(200);
        given().get("/api/stakeholders/13").then().statusCode(401);
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics, containsString("uri=\"/api/stakeholders/**\""));
        assertThat(metrics, containsString("uri=\"/api/**\""));
        assertThat(metrics, not(containsString("/api/stakeholders/1")));
    }

    @Test
    void healthMetricsAndOpenApiAreOpen() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/metrics").then().statusCode(200).body(containsString("jvm_"));
        given().get("/q/openapi").then().statusCode(200);
    }
}
