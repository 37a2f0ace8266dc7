package io.adeplatform.billing.service;

import io.adeplatform.platform.core.NotFound;
import io.adeplatform.billing.api.ProfitabilityResponse;
import io.adeplatform.billing.domain.Calculations;
import io.adeplatform.billing.domain.EngagementBudget;
import io.adeplatform.billing.domain.InvoiceStatus;
import io.adeplatform.billing.persistence.ContractRepository;
import io.adeplatform.billing.persistence.EngagementBudgets;
import io.adeplatform.billing.persistence.InvoiceRepository;
import io.adeplatform.billing.persistence.TimeEntryRepository;
import io.adeplatform.platform.core.Money;
import io.adeplatform.platform.security.AccountAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ProfitabilityService {

    private static final List<InvoiceStatus> BILLED = List.of(InvoiceStatus.ISSUED, InvoiceStatus.PAID, InvoiceStatus.OVERDUE);

    @Inject
    EngagementBudgets budgets;

    @Inject
    ContractRepository contracts;

    @Inject
    InvoiceRepository invoices;

    @Inject
    TimeEntryRepository timeEntries;

    @Inject
    AccountAccess access;

    @Transactional(Transactional.TxType.SUPPORTS)
    public ProfitabilityResponse of(UUID engagementId) {
        EngagementBudget budget = budgets.findById(engagementId);
        UUID customerId = budget != null ? budget.customerId
                : contracts.customerOfEngagement(engagementId).orElseThrow(() -> new NotFound("engagement", engagementId));
        if (!access.canSee(customerId)) {
            throw new NotFound("engagement", engagementId);
        }
        String currency = currency(engagementId, budget);
        BigDecimal billed = invoices.lineTotal(engagementId, BILLED).subtract(invoices.creditedFor(engagementId, BILLED));
        BigDecimal unbilled = timeEntries.uninvoicedOfEngagement(engagementId)
                .add(invoices.lineTotal(engagementId, List.of(InvoiceStatus.DRAFT)));
        BigDecimal cost = timeEntries.costOfEngagement(engagementId);
        BigDecimal budgetAmount = budget != null && currency.equals(budget.budgetCurrency) ? budget.budgetAmount : null;
        Calculations.Profitability p = Calculations.profitability(billed, unbilled, cost, budgetAmount);
        return new ProfitabilityResponse(engagementId, customerId, new Money(p.billed(), currency),
                new Money(p.unbilled(), currency), new Money(p.revenue(), currency), new Money(p.cost(), currency),
                new Money(p.margin(), currency), p.marginPercent(),
                p.budget() == null ? null : new Money(p.budget(), currency), p.burnPercent(),
                p.remainingBudget() == null ? null : new Money(p.remainingBudget(), currency));
    }

    /** The engagement's contracts' currency; the budget's when no contract covers it yet. */
    private String currency(UUID engagementId, EngagementBudget budget) {
        var covering = contracts.find(":engagement member of engagementIds",
                io.quarkus.panache.common.Parameters.with("engagement", engagementId)).firstResultOptional();
        if (covering.isPresent()) {
            return covering.get().currency;
        }
        return budget != null && budget.budgetCurrency != null ? budget.budgetCurrency : "USD";
    }
}
