package io.adeplatform.billing.domain;

import io.adeplatform.platform.core.Money;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * Revenue recognized on a contract, per line, against what has been billed (recognized − billed = not yet billed):
 * time and materials as hours are approved, a fixed fee by percent complete, milestones on acceptance. Billed is gross
 * (invoice lines on issued, paid and overdue invoices); credit notes are shown apart ({@code credited}, per contract:
 * a note credits an invoice, not a line) and lower the revenue: {@code revenue} = recognized − credited.
 */
public record ContractRevenue(UUID contractId, UUID customerId, Money contractValue, Money recognized, Money billed,
                              Money recognizedNotBilled, Money credited, Money revenue, List<Line> lines) {

    public record Line(UUID lineId, String description, BillingMethod billingMethod, Money value, Money recognized,
                       Money billed, Money recognizedNotBilled, String basis) {
    }

    /**
     * @param approvedTime the bill amount of a line's approved billable hours
     * @param billed       what a line has on issued, paid or overdue invoices
     * @param credited     the credit notes on the contract's issued, paid or overdue invoices
     */
    public static ContractRevenue of(Contract contract, Function<ContractLine, BigDecimal> approvedTime,
                                     Function<ContractLine, BigDecimal> billed, BigDecimal credited) {
        String currency = contract.currency;
        List<Line> lines = new ArrayList<>();
        BigDecimal recognizedTotal = BigDecimal.ZERO;
        BigDecimal billedTotal = BigDecimal.ZERO;
        for (ContractLine line : contract.lines) {
            BigDecimal recognized = recognized(line, approvedTime);
            BigDecimal lineBilled = Calculations.cents(billed.apply(line));
            recognizedTotal = recognizedTotal.add(recognized);
            billedTotal = billedTotal.add(lineBilled);
            lines.add(new Line(line.id, line.description, line.billingMethod, new Money(line.value, currency).rounded(),
                    new Money(recognized, currency), new Money(lineBilled, currency),
                    new Money(recognized.subtract(lineBilled), currency), basis(line)));
        }
        BigDecimal creditedCents = Calculations.cents(credited);
        return new ContractRevenue(contract.id, contract.customerId, contract.total().rounded(),
                new Money(recognizedTotal, currency), new Money(billedTotal, currency),
                new Money(recognizedTotal.subtract(billedTotal), currency), new Money(creditedCents, currency),
                new Money(recognizedTotal.subtract(creditedCents), currency), lines);
    }

    /** A line's recognized revenue: approved hours at bill rate, value × percent complete, or accepted milestones. */
    public static BigDecimal recognized(ContractLine line, Function<ContractLine, BigDecimal> approvedTime) {
        return switch (line.billingMethod) {
            case TIME_AND_MATERIALS -> Calculations.cents(approvedTime.apply(line));
            case FIXED_FEE -> line.recognizedByProgress();
            case MILESTONE -> Calculations.cents(line.acceptedMilestones().stream().map(m -> m.amount)
                    .reduce(BigDecimal.ZERO, BigDecimal::add));
        };
    }

    /**
     * What the fixed-fee and milestone lines of these contracts in {@code currency} that bill this engagement (their
     * own engagement, or the contract's only one) have recognized; time is counted from the engagement's time entries.
     */
    public static BigDecimal recognizedFixedAndMilestones(UUID engagementId, List<Contract> contracts, String currency) {
        return contracts.stream().filter(c -> c.currency.equals(currency)).flatMap(c -> c.lines.stream())
                .filter(l -> l.billingMethod != BillingMethod.TIME_AND_MATERIALS)
                .filter(l -> engagementId.equals(l.invoicedEngagement()))
                .map(l -> recognized(l, ignored -> BigDecimal.ZERO)).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static String basis(ContractLine line) {
        return switch (line.billingMethod) {
            case TIME_AND_MATERIALS -> "approved hours at bill rate";
            case FIXED_FEE -> "percent complete " + line.percentComplete.stripTrailingZeros().toPlainString()
                    + " % (capped at 100 %)";
            case MILESTONE -> line.acceptedMilestones().size() + " of " + line.milestones.size() + " milestones accepted";
        };
    }
}
