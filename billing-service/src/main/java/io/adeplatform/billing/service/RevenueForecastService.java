package io.adeplatform.billing.service;

import io.adeplatform.billing.domain.Contract;
import io.adeplatform.billing.domain.ContractLine;
import io.adeplatform.billing.domain.ContractOutlook;
import io.adeplatform.billing.domain.ForecastEntry;
import io.adeplatform.billing.domain.ForecastPart;
import io.adeplatform.billing.domain.LineMilestone;
import io.adeplatform.billing.domain.LineProgress;
import io.adeplatform.billing.domain.PlannedMilestone;
import io.adeplatform.billing.domain.ProjectedOpportunity;
import io.adeplatform.billing.domain.RevenueForecast;
import io.adeplatform.billing.persistence.OutlookQueries;
import io.adeplatform.platform.security.AccountAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The monthly revenue forecast of one customer or of the caller's portfolio: what contracts recognized and still
 * bring ({@link ContractOutlook}) and the weighted pipeline of relationship's open opportunities, per currency.
 */
@ApplicationScoped
public class RevenueForecastService {

    @Inject
    AccountAccess access;

    @Inject
    OutlookQueries queries;

    @Inject
    Clock clock;

    /** 404 for a customer the caller may not see. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public RevenueForecast ofCustomer(UUID customerId, YearMonth from, int months) {
        access.requireVisible(customerId);
        return forecast(Optional.of(Set.of(customerId)), from, months);
    }

    /** Every customer whose account team the caller is on (an admin: every customer). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public RevenueForecast ofVisibleCustomers(YearMonth from, int months) {
        return forecast(access.visibleCustomers(), from, months);
    }

    /** The month a forecast starts at when the caller names none. */
    public YearMonth currentMonth() {
        return YearMonth.now(clock.withZone(ZoneOffset.UTC));
    }

    RevenueForecast forecast(Optional<Set<UUID>> customers, YearMonth from, int months) {
        YearMonth current = currentMonth();
        YearMonth last = from.plusMonths(months - 1L);
        List<Contract> contracts = queries.earningContracts(customers);
        ContractOutlook.Outlook outlook = ContractOutlook.of(contracts, facts(customers, contracts), current,
                last.isBefore(current) ? current : last);
        List<ForecastEntry> entries = new ArrayList<>(outlook.entries());
        for (ProjectedOpportunity o : queries.openOpportunities(customers)) {
            YearMonth month = o.closeMonth().isBefore(current) ? current : o.closeMonth();
            entries.add(new ForecastEntry(ForecastPart.WEIGHTED_PIPELINE, o.valueCurrency, month, o.weightedValue()));
        }
        return RevenueForecast.of(from, months, current, entries, outlook.backlog(), outlook.undatedMilestones());
    }

    private ContractOutlook.Facts facts(Optional<Set<UUID>> customers, List<Contract> contracts) {
        Map<UUID, Map<YearMonth, BigDecimal>> time = new HashMap<>();
        queries.approvedTimeByLineAndMonth(customers).forEach(row -> time.computeIfAbsent(row.lineId(),
                id -> new HashMap<>()).merge(row.month(), row.amount(), BigDecimal::add));
        List<UUID> lineIds = contracts.stream().flatMap(c -> c.lines.stream()).map(l -> l.id).toList();
        Map<UUID, List<LineProgress>> progress = queries.progressOf(lineIds).stream()
                .collect(Collectors.groupingBy(p -> p.lineId));
        List<PlannedMilestone> planned = queries.plannedMilestones(customers);
        Map<UUID, PlannedMilestone> plannedById = planned.stream().collect(Collectors.toMap(m -> m.milestoneId, m -> m));
        return new ContractOutlook.Facts() {
            @Override
            public Map<YearMonth, BigDecimal> approvedTimeByMonth(ContractLine line) {
                return time.getOrDefault(line.id, Map.of());
            }

            @Override
            public List<LineProgress> progress(ContractLine line) {
                return progress.getOrDefault(line.id, List.of());
            }

            @Override
            public Optional<LocalDate> dueDate(ContractLine line, LineMilestone milestone) {
                if (milestone.milestoneRef != null) {
                    return Optional.ofNullable(plannedById.get(milestone.milestoneRef)).map(m -> m.dueDate);
                }
                UUID engagement = line.invoicedEngagement();
                return planned.stream().filter(m -> m.engagementId.equals(engagement)
                        && m.name.equalsIgnoreCase(milestone.name)).map(m -> m.dueDate).findFirst();
            }
        };
    }
}
