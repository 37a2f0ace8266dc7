package io.adeplatform.relationship.messaging;

import io.adeplatform.platform.events.EventHandlers;
import io.adeplatform.platform.events.IdempotentConsumer;
import io.adeplatform.platform.events.IncomingEvent;
import io.adeplatform.relationship.domain.HealthSignal;
import io.adeplatform.relationship.domain.SignalSource;
import io.adeplatform.relationship.service.HealthSignalService;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Locale;

/**
 * Relationship-health signals from other services: escalations (opened/reopened → open, resolved/closed → not,
 * severity-changed → counted under its new severity), invoices (overdue → overdue; paid, issued, voided and a credit
 * note that fully credits it → not) and consumption commitments (at-risk). Each event is applied once (inbox) and
 * recomputes the customer's health; other types on these topics are skipped. A missing time is now.
 */
@ApplicationScoped
public class HealthSignalConsumer {

    static final String ESCALATION = "io.adeplatform.escalation.escalation.";
    static final String INVOICE = "io.adeplatform.billing.invoice.";
    static final String COMMITMENT_AT_RISK = "io.adeplatform.consumption.commitment.at-risk.v1";

    @Inject
    IdempotentConsumer consumer;

    @Inject
    HealthSignalService signals;

    @Inject
    Clock clock;

    private final EventHandlers escalations = EventHandlers
            .on(ESCALATION + "opened.v1", e -> escalation(e, true, "openedAt"))
            .on(ESCALATION + "reopened.v1", e -> escalation(e, true, "openedAt"))
            .on(ESCALATION + "resolved.v1", e -> escalation(e, false, "resolvedAt"))
            .on(ESCALATION + "closed.v1", e -> escalation(e, false, "resolvedAt"))
            .on(ESCALATION + "severity-changed.v1", this::severityChanged)
            .build();

    private final EventHandlers invoices = EventHandlers
            .on(INVOICE + "overdue.v1", e -> invoice(e, true))
            .on(INVOICE + "paid.v1", e -> invoice(e, false))
            .on(INVOICE + "issued.v1", e -> invoice(e, false))
            .on(INVOICE + "voided.v1", e -> invoice(e, false))
            .on(INVOICE + "credit-note-issued.v1", this::creditNoteIssued)
            .build();

    private final EventHandlers commitments = EventHandlers.on(COMMITMENT_AT_RISK, this::commitmentAtRisk).build();

    @Incoming("escalation-events")
    @Blocking
    public void onEscalation(ConsumerRecord<String, String> record) {
        consumer.consume("health-escalations", record, escalations);
    }

    @Incoming("invoice-events")
    @Blocking
    public void onInvoice(ConsumerRecord<String, String> record) {
        consumer.consume("health-invoices", record, invoices);
    }

    @Incoming("commitment-events")
    @Blocking
    public void onCommitment(ConsumerRecord<String, String> record) {
        consumer.consume("health-commitments", record, commitments);
    }

    private void escalation(IncomingEvent event, boolean open, String timeField) {
        String severity = event.optionalText("severity");
        signals.record(new HealthSignal(SignalSource.ESCALATION, event.requiredUuid("escalationId"),
                event.requiredUuid("customerId"), severity == null ? null : severity.toLowerCase(Locale.ROOT), open,
                orNow(event.optionalTime(timeField))));
    }

    private void severityChanged(IncomingEvent event) {
        signals.severityChanged(event.requiredUuid("escalationId"), event.requiredUuid("customerId"),
                event.requiredText("severity").toLowerCase(Locale.ROOT), orNow(event.optionalTime("changedAt")));
    }

    /** Only a credit note that leaves nothing to pay clears the overdue signal; a partial one changes nothing. */
    private void creditNoteIssued(IncomingEvent event) {
        if (Boolean.TRUE.equals(event.optionalBoolean("fullyCredited"))) {
            invoice(event, false);
        }
    }

    private void invoice(IncomingEvent event, boolean overdue) {
        signals.record(new HealthSignal(SignalSource.INVOICE, event.requiredUuid("invoiceId"),
                event.requiredUuid("customerId"), null, overdue, OffsetDateTime.now(clock)));
    }

    private void commitmentAtRisk(IncomingEvent event) {
        signals.record(new HealthSignal(SignalSource.COMMITMENT, event.requiredUuid("commitmentId"),
                event.requiredUuid("customerId"), null, true, orNow(event.optionalTime("detectedAt"))));
    }

    private OffsetDateTime orNow(OffsetDateTime time) {
        return time == null ? OffsetDateTime.now(clock) : time;
    }
}
