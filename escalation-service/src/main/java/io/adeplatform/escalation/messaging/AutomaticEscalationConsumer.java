package io.adeplatform.escalation.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import io.adeplatform.escalation.domain.Category;
import io.adeplatform.escalation.domain.Severity;
import io.adeplatform.escalation.service.AutomaticCause;
import io.adeplatform.escalation.service.EscalationService;
import io.adeplatform.platform.events.IdempotentConsumer;
import io.adeplatform.platform.events.IncomingEvent;
import io.adeplatform.platform.events.PoisonEventException;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Opens escalations (source system) from other services' events: an engagement whose health turned red, and a
 * consumption commitment at risk. One active escalation per cause (engagement, commitment): a repeat signal is added
 * to its timeline instead of opening another; a redelivered event has no effect at all (inbox).
 */
@ApplicationScoped
public class AutomaticEscalationConsumer {

    public static final String HEALTH_CHANGED = "io.adeplatform.portfolio.engagement.health-changed.v1";
    public static final String COMMITMENT_AT_RISK = "io.adeplatform.consumption.commitment.at-risk.v1";

    @Inject
    IdempotentConsumer consumer;

    @Inject
    EscalationService service;

    @ConfigProperty(name = "quarkus.application.name")
    String applicationName;

    @Incoming("engagement-events")
    @Blocking
    public void onEngagementEvent(ConsumerRecord<String, String> record) {
        consumer.consume(applicationName + ".engagement-health", record, this::applyEngagementEvent);
    }

    @Incoming("commitment-events")
    @Blocking
    public void onCommitmentEvent(ConsumerRecord<String, String> record) {
        consumer.consume(applicationName + ".commitment-risk", record, this::applyCommitmentEvent);
    }

    void applyEngagementEvent(IncomingEvent event) {
        if (!HEALTH_CHANGED.equals(event.type())) {
            return; // other engagement events are not ours to react to
        }
        UUID engagementId = event.requiredUuid("engagementId");
        UUID customerId = event.requiredUuid("customerId");
        String current = event.requiredText("current");
        String previous = event.optionalText("previous");
        String name = event.optionalText("name") == null ? engagementId.toString() : event.optionalText("name");
        List<String> reasons = texts(event.data().get("reasons"));
        String key = "engagement-health-red:" + engagementId;
        String because = reasons.isEmpty() ? "" : ": " + String.join("; ", reasons);
        if (!"red".equals(current)) {
            if (!List.of("green", "amber").contains(current)) {
                throw new PoisonEventException(event.type() + ": current must be green, amber or red, not " + current);
            }
            service.noteSignal(key, "Engagement health changed from " + previous + " to " + current + because);
            return;
        }
        service.openOrAppendAutomatic(new AutomaticCause(key, customerId, engagementId, Severity.HIGH, Category.DELIVERY,
                truncate("Engagement health red: " + name, 200),
                truncate("Engagement " + name + " turned red" + (previous == null ? "" : " (was " + previous + ")") + because, 5000),
                truncate("Engagement health reported red again" + because, 5000)));
    }

    void applyCommitmentEvent(IncomingEvent event) {
        if (!COMMITMENT_AT_RISK.equals(event.type())) {
            return;
        }
        UUID commitmentId = event.requiredUuid("commitmentId");
        UUID customerId = event.requiredUuid("customerId");
        String shortfall = money(event.data().get("shortfall"));
        String projected = money(event.data().get("projected"));
        String commitment = money(event.data().get("commitment"));
        String endDate = event.optionalText("endDate");
        String detail = "projected " + projected + " against a commitment of " + commitment + " ending " + endDate
                + ": shortfall " + shortfall + ", required daily rate " + money(event.data().get("requiredDailyRate"));
        service.openOrAppendAutomatic(new AutomaticCause("commitment-at-risk:" + commitmentId, customerId, null,
                Severity.HIGH, Category.CONSUMPTION,
                truncate("Consumption commitment at risk: shortfall " + shortfall, 200),
                truncate("Commitment " + commitmentId + " is at risk, " + detail, 5000),
                truncate("Commitment still at risk, " + detail, 5000)));
    }

    private static String money(JsonNode money) {
        if (money == null || money.isNull()) {
            return "n/a";
        }
        JsonNode amount = money.get("amount");
        JsonNode currency = money.get("currency");
        if (amount == null || !amount.isNumber()) {
            throw new PoisonEventException("money without a numeric amount: " + money);
        }
        return amount.decimalValue().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString() + (currency == null ? "" : " " + currency.asText());
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        if (array != null && array.isArray()) {
            array.forEach(node -> texts.add(node.asText()));
        }
        return texts;
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
