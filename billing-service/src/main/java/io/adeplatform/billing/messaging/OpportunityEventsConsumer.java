package io.adeplatform.billing.messaging;

import io.adeplatform.billing.service.OpportunityContractService;
import io.adeplatform.billing.service.WonOpportunity;
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

import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/**
 * relationship.customer.events, read a second time (its own group, apart from the customer projection) for won
 * opportunities: each becomes one draft contract. Every other type on the topic is skipped.
 */
@ApplicationScoped
public class OpportunityEventsConsumer {

    /** The inbox name within this service (billing-service.opportunity-contracts): idempotence depends on it. */
    public static final String CONSUMER = "opportunity-contracts";
    public static final String WON = "io.adeplatform.relationship.customer.opportunity-won.v1";

    @Inject
    IdempotentConsumer consumer;

    @Inject
    OpportunityContractService contracts;

    private EventHandlers handlers;

    @PostConstruct
    void routes() {
        handlers = EventHandlers.on(WON, this::onWon).build();
    }

    @Incoming("opportunity-contracts")
    @Blocking
    public void on(ConsumerRecord<String, String> record) {
        consumer.consume(CONSUMER, record, handlers);
    }

    void onWon(IncomingEvent event) {
        contracts.onOpportunityWon(new WonOpportunity(event.requiredUuid("opportunityId"),
                event.requiredUuid("customerId"), event.requiredText("name"), event.requiredMoney("estimatedValue"),
                month(event.requiredText("expectedCloseMonth"))));
    }

    private static YearMonth month(String text) {
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            throw new PoisonEventException("expectedCloseMonth '" + text
                    + "' is not a month (yyyy-MM)");
        }
    }
}
