package io.adeplatform.billing.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import io.adeplatform.billing.domain.EngagementBudget;
import io.adeplatform.billing.persistence.EngagementBudgets;
import io.adeplatform.billing.service.BudgetAlerts;
import io.adeplatform.billing.service.InvoiceService;
import io.adeplatform.platform.events.IdempotentConsumer;
import io.adeplatform.platform.events.IncomingEvent;
import io.adeplatform.platform.events.PoisonEventException;
import io.adeplatform.platform.core.Money;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/** portfolio.engagement.events: engagement budgets (profitability, fiscal alerts) and accepted milestones (invoices). */
@ApplicationScoped
public class EngagementEventsConsumer {

    public static final String CONSUMER = "billing-service.engagement-events";
    static final String PREFIX = "io.adeplatform.portfolio.engagement.";
    public static final String CREATED = PREFIX + "created.v1";
    public static final String BUDGET_CHANGED = PREFIX + "budget-changed.v1";
    public static final String MILESTONE_ACCEPTED = PREFIX + "milestone-accepted.v1";

    @Inject
    IdempotentConsumer consumer;

    @Inject
    EngagementBudgets budgets;

    @Inject
    InvoiceService invoices;

    @Inject
    BudgetAlerts alerts;

    @Incoming("engagement-events")
    @Blocking
    public void on(ConsumerRecord<String, String> record) {
        consumer.consume(CONSUMER, record, this::apply);
    }

    void apply(IncomingEvent event) {
        switch (event.type()) {
            case CREATED -> {
                EngagementBudget budget = upsert(event);
                budget.name = event.optionalText("name");
                setBudget(budget, money(event, "budget"));
            }
            case BUDGET_CHANGED -> {
                EngagementBudget budget = upsert(event);
                setBudget(budget, money(event, "budget"));
                budgets.flush();
                alerts.check(budget.engagementId, null);
            }
            case MILESTONE_ACCEPTED -> {
                UUID engagementId = event.requiredUuid("engagementId");
                invoices.onMilestoneAccepted(engagementId, event.requiredUuid("customerId"),
                        event.requiredUuid("milestoneId"), event.requiredText("name"), money(event, "amount"),
                        event.optionalText("contractRef"), time(event, "acceptedAt"));
            }
            default -> {
                // other engagement events are not billing's concern
            }
        }
    }

    private EngagementBudget upsert(IncomingEvent event) {
        UUID id = event.requiredUuid("engagementId");
        EngagementBudget budget = budgets.findById(id);
        if (budget == null) {
            budget = new EngagementBudget();
            budget.engagementId = id;
            budget.customerId = event.requiredUuid("customerId");
            budgets.persist(budget);
        }
        return budget;
    }

    private static void setBudget(EngagementBudget budget, Money money) {
        if (money == null) {
            return;
        }
        budget.budgetAmount = money.amount();
        budget.budgetCurrency = money.currency();
    }

    /** A money field, null when absent or null; poison when malformed. */
    static Money money(IncomingEvent event, String field) {
        JsonNode node = event.data().get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        JsonNode amount = node.get("amount");
        JsonNode currency = node.get("currency");
        if (amount == null || !amount.isNumber() && !amount.isTextual() || currency == null || !currency.isTextual()
                || !currency.asText().matches("[A-Z]{3}")) {
            throw new PoisonEventException(event.type() + ": field '" + field + "' is not money");
        }
        try {
            return new Money(new BigDecimal(amount.asText()), currency.asText());
        } catch (NumberFormatException e) {
            throw new PoisonEventException(event.type() + ": field '" + field + "' has no decimal amount");
        }
    }

    static OffsetDateTime time(IncomingEvent event, String field) {
        String text = event.optionalText(field);
        if (text == null) {
            return OffsetDateTime.now();
        }
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            throw new PoisonEventException(event.type() + ": field '" + field + "' is not a date-time");
        }
    }
}
