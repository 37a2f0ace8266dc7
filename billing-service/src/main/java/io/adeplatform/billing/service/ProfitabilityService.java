package io.adeplatform.billing.service;

import io.adeplatform.billing.domain.Calculations;
import io.adeplatform.billing.domain.Contract;
import io.adeplatform.billing.domain.ContractRevenue;
import io.adeplatform.billing.domain.EngagementBudget;
import io.adeplatform.billing.domain.InvoiceStatus;
import io.adeplatform.billing.persistence.ContractRepository;
import io.adeplatform.billing.persistence.EngagementBudgetRepository;
import io.adeplatform.billing.persistence.InvoiceRepository;
import io.adeplatform.billing.persistence.TimeEntryRepository;
import io.adeplatform.platform.security.AccountAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * An engagement's economics: revenue recognized (approved time, fixed-fee progress, accepted milestones) less credit
 * notes, billed (gross) and credited apart, cost = the actual cost of portfolio's ledger, margin, budget burn.
 */
@ApplicationScoped
public class ProfitabilityService {

    /** When neither a contract nor a budget says which currency the engagement is in. */
    private static final String DEFAULT_CURRENCY = "USD";

    @Inject
    EngagementBudgetRepository budgets;

    @Inject
    ContractRepository contracts;

    @Inject
    InvoiceRepository invoices;

    @Inject
    TimeEntryRepository timeEntries;

    @Inject
    AccountAccess access;

    /** Known from portfolio's events or from a contract covering it, and visible to the caller; else a 404. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ProfitabilityView of(UUID engagementId) {
        EngagementBudget budget = budgets.findById(engagementId);
        List<Contract> covering = contracts.forEngagement(engagementId);
        UUID customerId = access.visible("engagement", engagementId,
                budget != null ? budget.customerId : covering.stream().findFirst().map(c -> c.customerId).orElse(null),
                Function.identity());
        // the contracts' currency; the budget's when no contract covers the engagement yet
        String currency = covering.stream().findFirst().map(c -> c.currency)
                .orElse(budget != null && budget.budgetCurrency != null ? budget.budgetCurrency : DEFAULT_CURRENCY);
        BigDecimal recognized = timeEntries.approvedOfEngagement(engagementId, currency)
                .add(ContractRevenue.recognizedFixedAndMilestones(engagementId, covering, currency));
        BigDecimal billed = invoices.lineTotal(engagementId, InvoiceStatus.BILLED);
        BigDecimal credited = invoices.creditedFor(engagementId, InvoiceStatus.BILLED);
        BigDecimal budgetAmount = budget != null && currency.equals(budget.budgetCurrency) ? budget.budgetAmount : null;
        return new ProfitabilityView(engagementId, customerId, currency,
                Calculations.profitability(recognized, billed, credited, actualCost(budget, currency), budgetAmount));
    }

    /** Portfolio's actual cost: zero before it reported any, unknown (null) when it keeps it in another currency. */
    private static BigDecimal actualCost(EngagementBudget budget, String currency) {
        if (budget == null || budget.actualCostAmount == null) {
            return BigDecimal.ZERO;
        }
        return budget.actualCostIn(currency).orElse(null);
    }
}
