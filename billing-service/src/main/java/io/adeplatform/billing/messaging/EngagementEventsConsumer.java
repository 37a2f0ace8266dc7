package io.adeplatform.billing.messaging;

import io.adeplatform.billing.service.AcceptedMilestone;
import io.adeplatform.billing.service.EngagementBudgetService;
import io.adeplatform.billing.service.MilestoneInvoicingService;
import io.adeplatform.billing.service.PlannedMilestoneService;
import io.adeplatform.platform.events.EventHandlers;
import io.adeplatform.platform.events.IdempotentConsumer;
import io.adeplatform.platform.events.IncomingEvent;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * portfolio.engagement.events: engagement budgets and actual costs (profitability, fiscal alerts), planned milestones
 * (their due dates, for the revenue forecast) and accepted milestones (invoices).
 */
@ApplicationScoped
public class EngagementEventsConsumer {

    /** The inbox name within this service (billing-service.engagement-events): idempotence depends on it. */
    public static final String CONSUMER = "engagement-events";
    static final String PREFIX = "io.adeplatform.portfolio.engagement.";
    public static final String CREATED = PREFIX + "created.v1";
    public static final String BUDGET_CHANGED = PREFIX + "budget-changed.v1";
    public static final String MILESTONE_ACCEPTED = PREFIX + "milestone-accepted.v1";
    public static final String ACTUAL_COST_CHANGED = PREFIX + "actual-cost-changed.v1";
    public static final String MILESTONE_PLANNED = PREFIX + "milestone-planned.v1";

    @Inject
    IdempotentConsumer consumer;

    @Inject
    EngagementBudgetService budgets;

    @Inject
    MilestoneInvoicingService milestones;

    @Inject
    PlannedMilestoneService plannedMilestones;

    private EventHandlers handlers;

    @PostConstruct
    void routes() {
        handlers = EventHandlers.on(CREATED, this::onCreated)
                .on(BUDGET_CHANGED, this::onBudgetChanged)
                .on(MILESTONE_ACCEPTED, this::onMilestoneAccepted)
                .on(ACTUAL_COST_CHANGED, this::onActualCostChanged)
                .on(MILESTONE_PLANNED, this::onMilestonePlanned)
                .build();
    }

    @Incoming("engagement-events")
    @Blocking
    public void on(ConsumerRecord<String, String> record) {
        consumer.consume(CONSUMER, record, handlers);
    }

    void onCreated(IncomingEvent event) {
        budgets.onEngagementCreated(event.requiredUuid("engagementId"), event.requiredUuid("customerId"),
                event.optionalText("name"), event.optionalMoney("budget"));
    }

    void onBudgetChanged(IncomingEvent event) {
        budgets.onBudgetChanged(event.requiredUuid("engagementId"), event.requiredUuid("customerId"),
                event.optionalMoney("budget"));
    }

    void onActualCostChanged(IncomingEvent event) {
        budgets.onActualCostChanged(event.requiredUuid("engagementId"), event.requiredUuid("customerId"),
                event.requiredMoney("actualCost"), event.requiredTime("changedAt"));
    }

    /** The due date places the milestone in the revenue forecast. */
    void onMilestonePlanned(IncomingEvent event) {
        plannedMilestones.onMilestonePlanned(event.requiredUuid("milestoneId"), event.requiredUuid("engagementId"),
                event.requiredUuid("customerId"), event.requiredText("name"), event.requiredDate("dueDate"));
    }

    void onMilestoneAccepted(IncomingEvent event) {
        milestones.onMilestoneAccepted(new AcceptedMilestone(event.requiredUuid("engagementId"),
                event.requiredUuid("customerId"), event.requiredUuid("milestoneId"), event.requiredText("name"),
                event.optionalMoney("amount"), event.optionalText("contractRef"), event.optionalTime("acceptedAt")));
    }
}
