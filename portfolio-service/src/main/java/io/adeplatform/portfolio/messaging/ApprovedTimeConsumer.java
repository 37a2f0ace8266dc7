package io.adeplatform.portfolio.messaging;

import io.adeplatform.platform.events.EventHandlers;
import io.adeplatform.platform.events.IdempotentConsumer;
import io.adeplatform.platform.events.IncomingEvent;
import io.adeplatform.portfolio.service.ActualCostLedger;
import io.adeplatform.portfolio.service.ApprovedTime;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * billing.contract.events, channel {@code actual-costs}: billing's approved time entries become cost entries of the
 * actual-cost ledger; other types are skipped (the contract-links channel reads the same topic for signed contracts).
 */
@ApplicationScoped
public class ApprovedTimeConsumer {

    public static final String TIME_ENTRY_APPROVED = "io.adeplatform.billing.contract.time-entry-approved.v1";

    @Inject
    IdempotentConsumer inbox;

    @Inject
    ActualCostLedger ledger;

    private final EventHandlers handlers = EventHandlers.on(TIME_ENTRY_APPROVED, this::onTimeEntryApproved).build();

    @Incoming("actual-costs")
    @Blocking
    public void onContractEvent(ConsumerRecord<String, String> record) {
        inbox.consume("actual-costs", record, handlers);
    }

    void onTimeEntryApproved(IncomingEvent event) {
        ledger.timeEntryApproved(new ApprovedTime(event.requiredUuid("timeEntryId"), event.requiredUuid("contractId"),
                event.requiredUuid("customerId"), event.requiredUuid("engagementId"), event.requiredText("person"),
                event.requiredText("role"), event.requiredDate("workDate"), event.optionalDecimal("hours"),
                event.requiredMoney("cost"), event.requiredText("approvedBy")));
    }
}
