package io.adeplatform.portfolio.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import io.adeplatform.platform.events.IdempotentConsumer;
import io.adeplatform.platform.events.IncomingEvent;
import io.adeplatform.platform.events.PoisonEventException;
import io.adeplatform.portfolio.service.ReactionService;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Reactions to billing's contract events and escalation-service's escalation events. */
@ApplicationScoped
public class PartnerEventConsumers {

    public static final String CONTRACT_SIGNED = "io.adeplatform.billing.contract.signed.v1";
    public static final String ESCALATION_OPENED = "io.adeplatform.escalation.escalation.opened.v1";
    public static final String ESCALATION_RESOLVED = "io.adeplatform.escalation.escalation.resolved.v1";
    public static final String ESCALATION_CLOSED = "io.adeplatform.escalation.escalation.closed.v1";
    public static final String ESCALATION_REOPENED = "io.adeplatform.escalation.escalation.reopened.v1";

    @Inject
    IdempotentConsumer consumer;

    @Inject
    ReactionService reactions;

    @ConfigProperty(name = "quarkus.application.name")
    String applicationName;

    @Incoming("contract-events")
    @Blocking
    public void onContractEvent(ConsumerRecord<String, String> record) {
        consumer.consume(applicationName + ".contract-links", record, this::applyContract);
    }

    @Incoming("escalation-events")
    @Blocking
    public void onEscalationEvent(ConsumerRecord<String, String> record) {
        consumer.consume(applicationName + ".escalation-health", record, this::applyEscalation);
    }

    void applyContract(IncomingEvent event) {
        if (!CONTRACT_SIGNED.equals(event.type())) {
            return;
        }
        JsonNode ids = event.data().get("engagementIds");
        if (ids == null || !ids.isArray()) {
            throw new PoisonEventException(event.type() + " without engagementIds array");
        }
        List<UUID> engagementIds = new ArrayList<>();
        for (JsonNode id : ids) {
            try {
                engagementIds.add(UUID.fromString(id.asText()));
            } catch (IllegalArgumentException e) {
                throw new PoisonEventException(event.type() + ": engagementIds holds a non-UUID " + id);
            }
        }
        reactions.contractSigned(event.requiredUuid("contractId"), event.requiredUuid("customerId"), engagementIds);
    }

    void applyEscalation(IncomingEvent event) {
        switch (event.type()) {
            case ESCALATION_OPENED -> {
                String engagement = event.optionalText("engagementId");
                if (engagement == null || !"critical".equals(event.optionalText("severity"))) {
                    return; // only critical escalations on an engagement affect its health
                }
                UUID engagementId;
                try {
                    engagementId = UUID.fromString(engagement);
                } catch (IllegalArgumentException e) {
                    throw new PoisonEventException(event.type() + ": engagementId is not a UUID");
                }
                String title = event.optionalText("title");
                reactions.criticalEscalationOpened(event.requiredUuid("escalationId"), engagementId,
                        title == null ? "escalation " + event.optionalText("escalationId") : title,
                        time(event, "openedAt"));
            }
            case ESCALATION_RESOLVED -> reactions.escalationResolved(event.requiredUuid("escalationId"), time(event, "resolvedAt"));
            case ESCALATION_CLOSED -> reactions.escalationResolved(event.requiredUuid("escalationId"), time(event, "closedAt"));
            case ESCALATION_REOPENED -> reactions.escalationReopened(event.requiredUuid("escalationId"));
            default -> {
                // other escalation events do not change engagement health
            }
        }
    }

    private static OffsetDateTime time(IncomingEvent event, String field) {
        String value = event.optionalText(field);
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw new PoisonEventException(event.type() + ": " + field + " is not an ISO-8601 time");
        }
    }
}
