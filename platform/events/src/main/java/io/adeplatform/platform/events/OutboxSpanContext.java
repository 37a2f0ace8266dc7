package io.adeplatform.platform.events;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;

import java.io.IOException;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The trace an outbox row carries from the transaction that wrote it to the Kafka record the relay publishes later,
 * when that span is long gone. Stored as {@link Properties} text ({@code traceparent=00-...}), the format of the
 * {@code tracingspancontext} column Debezium's outbox event router reads, so a Debezium relay keeps the traces too.
 */
public final class OutboxSpanContext {

    static final String TRACEPARENT = "traceparent";
    static final String TRACESTATE = "tracestate";
    /** The column is varchar(512); a traceparent is 55 characters, tracestate is capped by W3C at 32 members. */
    private static final int MAX_LENGTH = 512;

    private OutboxSpanContext() {
    }

    /** The current span's context in column form, or null when no span is active (nothing to join). */
    public static String current() {
        Context context = Context.current();
        if (!Span.fromContext(context).getSpanContext().isValid()) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        W3CTraceContextPropagator.getInstance().inject(context, text,
                (out, key, value) -> out.append(key).append('=').append(value).append('\n'));
        if (text.length() > MAX_LENGTH) {
            // a tracestate this long is unusual; keeping the trace matters more than vendor state
            return TRACEPARENT + "=" + headerValue(text.toString(), TRACEPARENT) + "\n";
        }
        return text.isEmpty() ? null : text.toString();
    }

    /** The Kafka headers to send for a stored column value: traceparent and tracestate when present, else none. */
    public static Map<String, String> headers(String stored) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (stored == null || stored.isBlank()) {
            return headers;
        }
        Properties properties = parse(stored);
        for (String name : new String[] {TRACEPARENT, TRACESTATE}) {
            String value = properties.getProperty(name);
            if (value != null && !value.isBlank()) {
                headers.put(name, value.trim());
            }
        }
        return headers;
    }

    private static String headerValue(String stored, String name) {
        return parse(stored).getProperty(name);
    }

    private static Properties parse(String stored) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(stored));
        } catch (IOException | IllegalArgumentException e) {
            // unreadable (hand-written row, bad escape): publish the event without a trace rather than not at all
            properties.clear();
        }
        return properties;
    }
}
