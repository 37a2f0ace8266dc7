package io.adeplatform.billing.service;

import io.adeplatform.billing.domain.Calculations;
import io.adeplatform.billing.domain.Contract;
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
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * An engagement's economics in real time: revenue billed (issued, paid, overdue invoices less credit notes) and
 * unbilled (uninvoiced billable time and draft invoices), cost of all time at cost rate, margin, budget burn.
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
        Optional<Contract> covering = contracts.anyCovering(engagementId);
        UUID customerId = access.visible("engagement", engagementId,
                budget != null ? budget.customerId : covering.map(c -> c.customerId).orElse(null), Function.identity());
        // the contracts' currency; the budget's when no contract covers the engagement yet
        String currency = covering.map(c -> c.currency)
                .orElse(budget != null && budget.budgetCurrency != null ? budget.budgetCurrency : DEFAULT_CURRENCY);
        BigDecimal billed = invoices.lineTotal(engagementId, InvoiceStatus.BILLED)
                .subtract(invoices.creditedFor(engagementId, InvoiceStatus.BILLED));
        BigDecimal unbilled = timeEntries.uninvoicedOfEngagement(engagementId)
                .add(invoices.lineTotal(engagementId, List.of(InvoiceStatus.DRAFT)));
        BigDecimal budgetAmount = budget != null && currency.equals(budget.budgetCurrency) ? budget.budgetAmount : null;
        return new ProfitabilityView(engagementId, customerId, currency, Calculations.profitability(billed, unbilled,
                timeEntries.costOfEngagement(engagementId), budgetAmount));
    }
}
