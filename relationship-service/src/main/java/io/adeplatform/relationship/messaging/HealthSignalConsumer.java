package io.adeplatform.relationship.messaging;

import io.adeplatform.platform.events.IdempotentConsumer;
import io.adeplatform.platform.events.IncomingEvent;
import io.adeplatform.platform.events.PoisonEventException;
import io.adeplatform.relationship.persistence.CustomerRepository;
import io.adeplatform.relationship.service.HealthService;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.UUID;

/**
 * Relationship-health signals from other services: escalations (opened/reopened → open, resolved/closed → not),
 * invoices (overdue → overdue, paid/issued → not) and consumption commitments (at-risk). Each event is applied once
 * (inbox) and recomputes the customer's health. Other event types on these topics are ignored.
 */
@ApplicationScoped
public class HealthSignalConsumer {

    static final String ESCALATION = "io.adeplatform.escalation.escalation.";
    static final String INVOICE = "io.adeplatform.billing.invoice.";
    static final String COMMITMENT_AT_RISK = "io.adeplatform.consumption.commitment.at-risk.v1";

    @Inject
    IdempotentConsumer consumer;

    @Inject
    HealthService health;

    @Inject
    CustomerRepository customers;

    @Incoming("escalation-events")
    @Blocking
    public void onEscalation(ConsumerRecord<String, String> record) {
        consumer.consume("relationship-service.health-escalations", record, this::escalation);
    }

    @Incoming("invoice-events")
    @Blocking
    public void onInvoice(ConsumerRecord<String, String> record) {
        consumer.consume("relationship-service.health-invoices", record, this::invoice);
    }

    @Incoming("commitment-events")
    @Blocking
    public void onCommitment(ConsumerRecord<String, String> record) {
        consumer.consume("relationship-service.health-commitments", record, this::commitment);
    }

    void escalation(IncomingEvent event) {
        Boolean open = switch (event.type()) {
            case ESCALATION + "opened.v1", ESCALATION + "reopened.v1" -> true;
            case ESCALATION + "resolved.v1", ESCALATION + "closed.v1" -> false;
            default -> null;
        };
        if (open == null) {
            return;
        }
        String severity = event.optionalText("severity");
        if (severity != null) {
            severity = severity.toLowerCase(Locale.ROOT);
        }
        health.recordSignal(HealthService.SOURCE_ESCALATION, event.requiredUuid("escalationId"), customer(event),
                severity, open, time(event, open ? "openedAt" : "resolvedAt"));
    }

    void invoice(IncomingEvent event) {
        Boolean overdue = switch (event.type()) {
            case INVOICE + "overdue.v1" -> true;
            case INVOICE + "paid.v1", INVOICE + "issued.v1" -> false;
            default -> null;
        };
        if (overdue == null) {
            return;
        }
        health.recordSignal(HealthService.SOURCE_INVOICE, event.requiredUuid("invoiceId"), customer(event), null,
                overdue, OffsetDateTime.now(ZoneOffset.UTC));
    }

    void commitment(IncomingEvent event) {
        if (!COMMITMENT_AT_RISK.equals(event.type())) {
            return;
        }
        health.recordSignal(HealthService.SOURCE_COMMITMENT, event.requiredUuid("commitmentId"), customer(event), null,
                true, time(event, "detectedAt"));
    }

    private UUID customer(IncomingEvent event) {
        UUID id = event.requiredUuid("customerId");
        if (customers.findById(id) == null) {
            throw new PoisonEventException(event.type() + " for unknown customer " + id);
        }
        return id;
    }

    private static OffsetDateTime time(IncomingEvent event, String field) {
        String value = event.optionalText(field);
        if (value == null) {
            return OffsetDateTime.now(ZoneOffset.UTC);
        }
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw new PoisonEventException(event.type() + ": " + field + " is not an ISO-8601 time");
        }
    }
}
