package io.adeplatform.billing.messaging;

import io.adeplatform.billing.domain.ProjectedOpportunity;
import io.adeplatform.billing.service.OpportunityProjectionService;
import io.adeplatform.platform.events.EventHandlers;
import io.adeplatform.platform.events.IdempotentConsumer;
import io.adeplatform.platform.events.IncomingEvent;
import io.adeplatform.platform.events.PoisonEventException;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Set;

/**
 * relationship.customer.events, read in a group of its own for opportunity-changed: the copy of the opportunities
 * the weighted pipeline of the revenue forecast is made of. Every other type on the topic is skipped.
 */
@ApplicationScoped
public class OpportunityProjectionConsumer {

    /** The inbox name within this service (billing-service.opportunity-projection): idempotence depends on it. */
    public static final String CONSUMER = "opportunity-projection";
    public static final String CHANGED = "io.adeplatform.relationship.customer.opportunity-changed.v1";
    private static final Set<String> STATUSES = Set.of("identified", "qualified", "proposed", "won", "lost", "removed");

    @Inject
    IdempotentConsumer consumer;

    @Inject
    OpportunityProjectionService opportunities;

    private EventHandlers handlers;

    @PostConstruct
    void routes() {
        handlers = EventHandlers.on(CHANGED, this::onChanged).build();
    }

    @Incoming("opportunity-projection")
    @Blocking
    public void on(ConsumerRecord<String, String> record) {
        consumer.consume(CONSUMER, record, handlers);
    }

    void onChanged(IncomingEvent event) {
        String status = event.requiredText("status");
        if (!STATUSES.contains(status)) {
            throw new PoisonEventException("status '" + status + "' is no opportunity status");
        }
        BigDecimal version = event.optionalDecimal("version");
        if (version == null || version.signum() < 0 || version.stripTrailingZeros().scale() > 0) {
            throw new PoisonEventException("version must be a whole number from 0");
        }
        opportunities.onOpportunityChanged(new ProjectedOpportunity.State(event.requiredUuid("opportunityId"),
                event.requiredUuid("customerId"), event.requiredText("name"), status,
                event.requiredMoney("estimatedValue"), probability(event.optionalDecimal("probability")),
                month(event.requiredText("expectedCloseMonth")), version.longValueExact(),
                event.requiredTime("changedAt")));
    }

    private static Integer probability(BigDecimal value) {
        if (value == null) {
            return null;
        }
        if (value.stripTrailingZeros().scale() > 0 || value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new PoisonEventException("probability must be a whole number from 0 to 100");
        }
        return value.intValueExact();
    }

    private static YearMonth month(String text) {
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            throw new PoisonEventException("expectedCloseMonth '" + text + "' is not a month (yyyy-MM)");
        }
    }
}
