package io.adeplatform.gateway;

import io.adeplatform.platform.testing.TestTokens;
import io.adeplatform.platform.testing.TokenOnlyTestResource;
import io.quarkus.arc.Arc;
import io.quarkus.opentelemetry.runtime.exporter.otlp.tracing.LateBoundSpanProcessor;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway takes part in the trace: the service receives the gateway's own span as parent, in the caller's trace
 * when the caller sent a traceparent, in a new trace otherwise.
 */
@QuarkusTest
@QuarkusTestResource(TokenOnlyTestResource.class)
@QuarkusTestResource(UpstreamServers.class)
class TracingTest {

    private static final String ALICE = TestTokens.bearer("alice", "executive");
    private static final Pattern TRACEPARENT = Pattern.compile("00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})");

    @Test
    void theServiceGetsTheCallersTraceWithTheGatewaysSpanAsParent() {
        String callerTrace = "4bf92f3577b34da6a3ce929d0e0e4736";
        String callerSpan = "00f067aa0ba902b7";
        String forwarded = given().header("Authorization", ALICE)
                .header("traceparent", "00-" + callerTrace + "-" + callerSpan + "-01")
                .get("/api/customers")
                .then().statusCode(200).extract().path("headers.traceparent");

        Matcher traceparent = parse(forwarded);
        assertThat(traceparent.group(1)).as("trace id").isEqualTo(callerTrace);
        assertThat(traceparent.group(2)).as("parent span id").isNotEqualTo(callerSpan).isNotEqualTo("0".repeat(16));
        assertThat(traceparent.group(3)).as("sampled flag kept").isEqualTo("01");
    }

    @Test
    void aRequestWithoutTraceparentStartsATraceTheServiceJoins() {
        String first = given().header("Authorization", ALICE).get("/api/invoices")
                .then().statusCode(200).extract().path("headers.traceparent");
        String second = given().header("Authorization", ALICE).get("/api/invoices")
                .then().statusCode(200).extract().path("headers.traceparent");

        assertThat(parse(first).group(1)).isNotEqualTo("0".repeat(32));
        assertThat(parse(first).group(1)).as("each request its own trace").isNotEqualTo(parse(second).group(1));
    }

    @Test
    void aMalformedTraceparentIsReplacedNotForwarded() {
        String forwarded = given().header("Authorization", ALICE).header("traceparent", "not-a-trace")
                .get("/api/customers")
                .then().statusCode(200).extract().path("headers.traceparent");
        assertThat(parse(forwarded).group(1)).isNotEqualTo("0".repeat(32));
    }

    @Test
    void account360CallsJoinTheCallersTrace() {
        String callerTrace = "0af7651916cd43dd8448eb211c80319c";
        String forwarded = given().header("Authorization", ALICE)
                .header("traceparent", "00-" + callerTrace + "-b7ad6b7169203331-01")
                .get("/api/accounts/" + UUID.randomUUID() + "/overview")
                .then().statusCode(200).extract().path("sections.contracts.data.headers.traceparent");
        assertThat(parse(forwarded).group(1)).isEqualTo(callerTrace);
        assertThat(parse(forwarded).group(2)).isNotEqualTo("b7ad6b7169203331");
    }

    @Test
    void withoutAnEndpointNoSpanIsExported() {
        // Quarkus installs its OTLP exporter behind this processor; with a blank endpoint it keeps no delegate
        LateBoundSpanProcessor otlp = Arc.container().select(LateBoundSpanProcessor.class).get();
        assertThat(otlp.isDelegateNull()).isTrue();
    }

    private static Matcher parse(String traceparent) {
        assertThat(traceparent).as("traceparent sent to the service").isNotNull();
        Matcher matcher = TRACEPARENT.matcher(traceparent);
        assertThat(matcher.matches()).as("W3C traceparent: " + traceparent).isTrue();
        return matcher;
    }
}
