package io.adeplatform.platform.events.tracing;

import io.adeplatform.platform.core.RuleViolation;
import io.adeplatform.platform.events.IdempotentConsumer;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Consumes probe events as services consume theirs, and remembers the span each one was applied in and how often.
 * A probe named "needs a fix" is refused by a business rule until {@link #acceptFixedProbes} is set: a dead letter
 * that a later fix makes acceptable.
 */
@ApplicationScoped
public class ProbeConsumer {

    public static final String NEEDS_A_FIX = "needs a fix";

    private final Map<UUID, SpanContext> appliedIn = new ConcurrentHashMap<>();
    private final Map<UUID, AtomicInteger> applications = new ConcurrentHashMap<>();
    private volatile boolean acceptFixedProbes;

    @Inject
    IdempotentConsumer consumer;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Incoming("probe-events")
    @Blocking
    public void onProbeEvent(ConsumerRecord<String, String> record) {
        consumer.consume("probes", record, event -> {
            if (NEEDS_A_FIX.equals(event.optionalText("name")) && !acceptFixedProbes) {
                throw new RuleViolation("probe-refused", "this probe is refused until the fix");
            }
            appliedIn.put(event.id(), Span.current().getSpanContext());
            // counted once committed: an effect whose commit failed (the database went away meanwhile) never happened
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        applications.computeIfAbsent(event.id(), id -> new AtomicInteger()).incrementAndGet();
                    }
                }
            });
        });
    }

    public SpanContext spanOf(UUID eventId) {
        return appliedIn.get(eventId);
    }

    /** How often the event had its effect, committed (0 when never). */
    public int applications(UUID eventId) {
        AtomicInteger count = applications.get(eventId);
        return count == null ? 0 : count.get();
    }

    /** The fix: probes named "needs a fix" are accepted from now on. */
    public void acceptFixedProbes() {
        acceptFixedProbes = true;
    }
}
