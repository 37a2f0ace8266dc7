package io.adeplatform.billing.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What contracts contribute to the revenue forecast, by the rules of revenue recognition ({@link ContractRevenue}):
 * revenue recognized per month on any contract, and, on signed and active contracts, what is still to come —
 * unaccepted milestones by due date, the unrecognized rest of fixed fees by schedule, time and materials at the line's
 * run-rate — plus the backlog (value not yet recognized). Anything expected in a month already past (an overdue
 * milestone or installment) is expected in the current month.
 */
public final class ContractOutlook {

    /** Full months before the current one whose approved time makes a time-and-materials line's run-rate. */
    public static final int RUN_RATE_MONTHS = 3;

    /** What the service knows of a contract's lines beyond the contract itself. */
    public interface Facts {

        /** The bill amounts of the line's approved billable hours, by month of work. */
        Map<YearMonth, BigDecimal> approvedTimeByMonth(ContractLine line);

        /** The line's percent-complete reports, oldest first. */
        List<LineProgress> progress(ContractLine line);

        /** The due date portfolio planned for the milestone, when known. */
        Optional<LocalDate> dueDate(ContractLine line, LineMilestone milestone);
    }

    public record Outlook(List<ForecastEntry> entries, Map<String, BigDecimal> backlog,
                          Map<String, BigDecimal> undatedMilestones) {
    }

    private final List<ForecastEntry> entries = new ArrayList<>();
    private final Map<String, BigDecimal> backlog = new HashMap<>();
    private final Map<String, BigDecimal> undated = new HashMap<>();
    private final Facts facts;
    private final YearMonth current;
    private final YearMonth last;

    private ContractOutlook(Facts facts, YearMonth current, YearMonth last) {
        this.facts = facts;
        this.current = current;
        this.last = last;
    }

    /** Entries from the beginning of the contracts up to {@code last}; forecast parts from {@code current} on. */
    public static Outlook of(List<Contract> contracts, Facts facts, YearMonth current, YearMonth last) {
        ContractOutlook outlook = new ContractOutlook(facts, current, last);
        for (Contract contract : contracts) {
            for (ContractLine line : contract.lines) {
                outlook.recognised(contract.currency, line);
                if (contract.inDelivery()) {
                    outlook.toCome(contract.currency, line);
                }
            }
        }
        return new Outlook(outlook.entries, outlook.backlog, outlook.undated);
    }

    private void recognised(String currency, ContractLine line) {
        switch (line.billingMethod) {
            case TIME_AND_MATERIALS -> facts.approvedTimeByMonth(line)
                    .forEach((month, amount) -> add(ForecastPart.RECOGNISED, currency, month, amount));
            case MILESTONE -> line.acceptedMilestones().forEach(m ->
                    add(ForecastPart.RECOGNISED, currency, monthOf(m.acceptedAt), m.amount));
            case FIXED_FEE -> {
                BigDecimal before = BigDecimal.ZERO;
                for (LineProgress report : facts.progress(line)) {
                    BigDecimal after = Calculations.fixedFeeRecognized(line.value, report.percentComplete);
                    add(ForecastPart.RECOGNISED, currency, monthOf(report.reportedAt), after.subtract(before));
                    before = after;
                }
            }
        }
    }

    private void toCome(String currency, ContractLine line) {
        BigDecimal recognized = ContractRevenue.recognized(line, l -> approvedTime(l));
        backlog.merge(currency, line.value.subtract(recognized).max(BigDecimal.ZERO), BigDecimal::add);
        switch (line.billingMethod) {
            case MILESTONE -> line.milestones.stream().filter(m -> !m.isAccepted()).forEach(m -> {
                Optional<LocalDate> due = facts.dueDate(line, m);
                if (due.isPresent()) {
                    add(ForecastPart.MILESTONES, currency, notBeforeNow(YearMonth.from(due.get())), m.amount);
                } else {
                    undated.merge(currency, m.amount, BigDecimal::add);
                }
            });
            case FIXED_FEE -> {
                BigDecimal covered = recognized;
                for (ScheduleItem item : line.schedule.stream().sorted(Comparator.comparing(s -> s.dueDate)).toList()) {
                    BigDecimal part = item.amount.min(covered);
                    covered = covered.subtract(part);
                    add(ForecastPart.FIXED_FEE, currency, notBeforeNow(YearMonth.from(item.dueDate)),
                            item.amount.subtract(part));
                }
            }
            case TIME_AND_MATERIALS -> timeAtRunRate(currency, line, recognized);
        }
    }

    /**
     * The run-rate is the average of the line's approved time over the {@value #RUN_RATE_MONTHS} full months before
     * the current one; the current month gets what the run-rate still adds to the time already approved in it, each
     * later month the run-rate, until the line's not-to-exceed (else its estimated value) is used up.
     */
    private void timeAtRunRate(String currency, ContractLine line, BigDecimal recognized) {
        Map<YearMonth, BigDecimal> byMonth = facts.approvedTimeByMonth(line);
        BigDecimal window = BigDecimal.ZERO;
        for (int back = 1; back <= RUN_RATE_MONTHS; back++) {
            window = window.add(byMonth.getOrDefault(current.minusMonths(back), BigDecimal.ZERO));
        }
        BigDecimal runRate = window.divide(BigDecimal.valueOf(RUN_RATE_MONTHS), 10, RoundingMode.HALF_EVEN);
        BigDecimal left = (line.notToExceed != null ? line.notToExceed : line.value).subtract(recognized);
        BigDecimal thisMonth = runRate.subtract(byMonth.getOrDefault(current, BigDecimal.ZERO)).max(BigDecimal.ZERO);
        for (YearMonth month = current; !month.isAfter(last) && left.signum() > 0; month = month.plusMonths(1)) {
            BigDecimal amount = (month.equals(current) ? thisMonth : runRate).min(left);
            add(ForecastPart.TIME_AND_MATERIALS, currency, month, amount);
            left = left.subtract(amount);
        }
    }

    private BigDecimal approvedTime(ContractLine line) {
        return facts.approvedTimeByMonth(line).values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private YearMonth notBeforeNow(YearMonth month) {
        return month.isBefore(current) ? current : month;
    }

    private void add(ForecastPart part, String currency, YearMonth month, BigDecimal amount) {
        if (amount.signum() != 0) {
            entries.add(new ForecastEntry(part, currency, month, amount));
        }
    }

    /** Months are UTC months, as the platform's times are UTC. */
    static YearMonth monthOf(OffsetDateTime at) {
        return YearMonth.from(at.withOffsetSameInstant(ZoneOffset.UTC));
    }
}
