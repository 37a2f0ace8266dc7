package io.adeplatform.consumption.service;

import io.adeplatform.consumption.domain.Commitment;
import io.adeplatform.consumption.domain.ConsumptionForecast;
import io.adeplatform.consumption.domain.ConsumptionForecast.MonthOutlook;
import io.adeplatform.consumption.domain.Goal;
import io.adeplatform.consumption.domain.UsageHistory;
import io.adeplatform.consumption.persistence.CommitmentRepository;
import io.adeplatform.consumption.persistence.GoalRepository;
import io.adeplatform.consumption.persistence.UsageQueries;
import io.adeplatform.consumption.service.ConsumptionSummary.CommitmentSummary;
import io.adeplatform.platform.core.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/** Month-to-date, run-rates, month-end forecast, gap to goal and the outlook of every commitment not ended yet. */
@ApplicationScoped
public class SummaryService extends ConsumptionUseCase {

    private static final String FALLBACK_CURRENCY = "USD";

    @Inject
    UsageQueries usage;

    @Inject
    GoalRepository goals;

    @Inject
    CommitmentRepository commitments;

    @Inject
    CommitmentRisk risk;

    /** @param requestedCurrency the currency asked for, or null to take the one the customer's targets use */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ConsumptionSummary summary(UUID customerId, String requestedCurrency) {
        access.requireVisible(customerId);
        LocalDate asOf = today();
        Goal goal = goals.forMonth(customerId, YearMonth.from(asOf));
        List<Commitment> open = commitments.notEndedBefore(customerId, asOf);
        String currency = requestedCurrency != null ? requestedCurrency : currency(customerId, asOf, goal, open);
        List<CommitmentSummary> outlooks = open.stream()
                .map(commitment -> CommitmentSummary.of(commitment, risk.outlook(commitment, asOf)))
                .toList();
        return new ConsumptionSummary(customerId, asOf, currency, monthOutlook(customerId, asOf, currency, goal), outlooks);
    }

    /** The month's goal's, else the first open commitment's, else the main one of the last 90 days, else USD. */
    private String currency(UUID customerId, LocalDate asOf, Goal goal, List<Commitment> open) {
        if (goal != null) {
            return goal.currencyCode();
        }
        if (!open.isEmpty()) {
            return open.get(0).currencyCode();
        }
        String main = usage.mainCurrency(customerId, asOf);
        return main != null ? main : FALLBACK_CURRENCY;
    }

    /** Month to date includes today's partial usage; the forecast extends the last complete day with data. */
    private MonthOutlook monthOutlook(UUID customerId, LocalDate asOf, String currency, Goal goal) {
        LocalDate monthStart = asOf.withDayOfMonth(1);
        UsageHistory history = usage.history(customerId, currency, asOf);
        LocalDate complete = history.lastCompleteDay();
        BigDecimal mtd = usage.cost(customerId, currency, monthStart, asOf);
        BigDecimal completeInMonth = complete == null ? BigDecimal.ZERO : usage.cost(customerId, currency, monthStart, complete);
        Money target = goal != null && goal.currencyCode().equals(currency) ? goal.target() : null;
        return ConsumptionForecast.month(asOf, currency, complete, mtd, completeInMonth,
                usage.runRate(customerId, currency, history, 7), usage.runRate(customerId, currency, history, 30), target);
    }
}
