package io.adeplatform.platform.events;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.api.trace.TraceStateBuilder;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The column form of a span context and the Kafka headers made from it, without any infrastructure. */
class OutboxSpanContextTest {

    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String SPAN_ID = "00f067aa0ba902b7";

    @Test
    void noSpanNoContext() {
        assertThat(OutboxSpanContext.current()).isNull();
        assertThat(OutboxSpanContext.headers(null)).isEmpty();
        assertThat(OutboxSpanContext.headers("  ")).isEmpty();
    }

    @Test
    void traceparentAndTracestateRoundTripThroughTheColumn() {
        TraceState state = TraceState.builder().put("vendor", "v1").put("other", "x-2").build();
        String stored;
        try (Scope ignored = current(state)) {
            stored = OutboxSpanContext.current();
        }
        assertThat(stored).startsWith("traceparent=00-" + TRACE_ID + "-" + SPAN_ID + "-01\n");
        Map<String, String> headers = OutboxSpanContext.headers(stored);
        assertThat(headers).containsOnlyKeys("traceparent", "tracestate")
                .containsEntry("traceparent", "00-" + TRACE_ID + "-" + SPAN_ID + "-01");
        assertThat(headers.get("tracestate").split(",")).containsExactlyInAnyOrder("vendor=v1", "other=x-2");
    }

    @Test
    void anOversizedTracestateIsDroppedButTheTraceKept() {
        TraceStateBuilder state = TraceState.builder();
        for (int i = 0; i < 30; i++) {
            state.put("vendor" + i, "v".repeat(40));
        }
        String stored;
        try (Scope ignored = current(state.build())) {
            stored = OutboxSpanContext.current();
        }
        assertThat(stored).hasSizeLessThanOrEqualTo(512);
        assertThat(OutboxSpanContext.headers(stored))
                .containsExactly(Map.entry("traceparent", "00-" + TRACE_ID + "-" + SPAN_ID + "-01"));
    }

    @Test
    void unreadableTextGivesNoHeaders() {
        assertThat(OutboxSpanContext.headers("traceparent=\\uZZZZ")).isEmpty();
        assertThat(OutboxSpanContext.headers("something=else")).isEmpty();
    }

    private static Scope current(TraceState state) {
        SpanContext context = SpanContext.create(TRACE_ID, SPAN_ID, TraceFlags.getSampled(), state);
        return Context.root().with(Span.wrap(context)).makeCurrent();
    }
}
