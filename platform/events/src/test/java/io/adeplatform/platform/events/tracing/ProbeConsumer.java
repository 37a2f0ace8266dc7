package io.adeplatform.platform.events.tracing;

import io.adeplatform.platform.events.IdempotentConsumer;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Consumes probe events as services consume theirs, and remembers the span each one was applied in. */
@ApplicationScoped
public class ProbeConsumer {

    private final Map<UUID, SpanContext> appliedIn = new ConcurrentHashMap<>();

    @Inject
    IdempotentConsumer consumer;

    @Incoming("probe-events")
    @Blocking
    public void onProbeEvent(ConsumerRecord<String, String> record) {
        consumer.consume("probes", record, event -> appliedIn.put(event.id(), Span.current().getSpanContext()));
    }

    public SpanContext spanOf(UUID eventId) {
        return appliedIn.get(eventId);
    }
}
