package io.adeplatform.gateway;

import io.adeplatform.platform.testing.TestTokens;
import io.adeplatform.platform.testing.TokenOnlyTestResource;
import io.quarkus.arc.Arc;
import io.quarkus.opentelemetry.runtime.exporter.otlp.tracing.LateBoundSpanProcessor;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** With ADE_OTLP_ENDPOINT set, the gateway's spans are exported over OTLP to that endpoint. */
@QuarkusTest
@QuarkusTestResource(value = TokenOnlyTestResource.class, restrictToAnnotatedClass = true)
@QuarkusTestResource(value = UpstreamServers.class, restrictToAnnotatedClass = true)
@QuarkusTestResource(value = FakeOtlpCollector.class, restrictToAnnotatedClass = true)
class TracingExportTest {

    private static final String TRACE_ID = "5bf92f3577b34da6a3ce929d0e0e4737";

    @Test
    void spansGoToTheConfiguredCollector() {
        assertThat(Arc.container().select(LateBoundSpanProcessor.class).get().isDelegateNull()).isFalse();

        given().header("Authorization", TestTokens.bearer("alice", "executive"))
                .header("traceparent", "00-" + TRACE_ID + "-00f067aa0ba902b8-01")
                .get("/api/customers")
                .then().statusCode(200);

        await().atMost(Duration.ofSeconds(20)).until(() -> FakeOtlpCollector.EXPORTS.stream()
                .anyMatch(export -> export.path().equals("/v1/traces") && export.mentions(TRACE_ID)));
    }
}
