package io.adeplatform.billing;

import io.adeplatform.billing.domain.ApprovalPolicy;
import io.adeplatform.billing.domain.ApprovalRole;
import io.adeplatform.billing.domain.BillingMethod;
import io.adeplatform.billing.domain.Contract;
import io.adeplatform.billing.domain.ContractTerms;
import io.adeplatform.billing.domain.EngagementBudget;
import io.adeplatform.billing.domain.Invoice;
import io.adeplatform.billing.domain.InvoiceLimit;
import io.adeplatform.billing.domain.InvoiceSource;
import io.adeplatform.platform.core.Money;
import io.adeplatform.billing.domain.Calculations;
import io.adeplatform.billing.domain.ComplianceItemType;
import io.adeplatform.billing.domain.ContractStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The formulas with worked examples computed by hand. */
class CalculationsTest {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    /** 7.5 h × 200.00 = 1500.00; 0.25 h × 133.33 = 33.3325 → 33.33; 0.5 h × 0.05 = 0.025 → 0.02 (half-even). */
    @ParameterizedTest
    @CsvSource({"7.5, 200, 1500.00", "0.25, 133.33, 33.33", "0.5, 0.05, 0.02"})
    void pricesHoursAtTheRateRoundedHalfEvenToCents(BigDecimal hours, BigDecimal rate, String bill) {
        assertThat(Calculations.price(hours, rate)).isEqualByComparingTo(bill);
    }

    /** Already billed + this entry against the limit: reaching it is allowed, passing it is not; no limit, no excess. */
    @ParameterizedTest
    @CsvSource({"9000, 1000, 10000, false", "9000, 1000.01, 10000, true", "9000000, 1, , false"})
    void notToExceedAllowsReachingTheLimitButNotPassingIt(BigDecimal already, BigDecimal more, BigDecimal limit,
                                                          boolean exceeds) {
        assertThat(Calculations.exceeds(already, more, limit)).isEqualTo(exceeds);
    }

    /** 120,000 × 37.5 % = 45,000; above 100 % the whole value; 100 × 33.333 % = 33.333 → 33.33. */
    @ParameterizedTest
    @CsvSource({"120000, 37.5, 45000.00", "120000, 130, 120000.00", "100, 33.333, 33.33"})
    void fixedFeeRevenueFollowsPercentCompleteCappedAtHundred(BigDecimal value, BigDecimal percent, String recognized) {
        assertThat(Calculations.fixedFeeRecognized(value, percent)).isEqualByComparingTo(recognized);
    }

    @Test
    void profitabilityOfAWorkedExample() {
        // recognized 36,000, billed 30,000 (gross), credited 1,000: revenue 35,000, unbilled 6,000; cost 27,000;
        // margin 8,000 = 22.86 %; budget 50,000 → burn 54.00 %, remaining 23,000
        Calculations.Profitability p = Calculations.profitability(d("36000"), d("30000"), d("1000"), d("27000"), d("50000"));
        assertThat(p.billed()).isEqualByComparingTo("30000");
        assertThat(p.credited()).isEqualByComparingTo("1000");
        assertThat(p.unbilled()).isEqualByComparingTo("6000");
        assertThat(p.revenue()).isEqualByComparingTo("35000");
        assertThat(p.margin()).isEqualByComparingTo("8000");
        assertThat(p.marginPercent()).isEqualByComparingTo("22.86");
        assertThat(p.burnPercent()).isEqualByComparingTo("54.00");
        assertThat(p.remainingBudget()).isEqualByComparingTo("23000");
        // billed ahead of delivery: unbilled is negative; no revenue yet: margin % undefined; no budget: burn undefined
        Calculations.Profitability early = Calculations.profitability(d("0"), d("4000"), d("0"), d("500"), null);
        assertThat(early.unbilled()).isEqualByComparingTo("-4000");
        assertThat(early.margin()).isEqualByComparingTo("-500");
        assertThat(early.marginPercent()).isNull();
        assertThat(early.burnPercent()).isNull();
        // actual cost unknown in this currency: no cost, margin, burn or remaining budget, rather than wrong ones
        Calculations.Profitability unknown = Calculations.profitability(d("100"), d("0"), d("0"), null, d("1000"));
        assertThat(unknown.cost()).isNull();
        assertThat(unknown.margin()).isNull();
        assertThat(unknown.burnPercent()).isNull();
        assertThat(unknown.remainingBudget()).isNull();
    }

    /** A budget change re-arms the alerts (they are raised against a budget); the same budget again does not. */
    @Test
    void aNewBudgetReArmsTheAlerts() {
        EngagementBudget budget = EngagementBudget.of(java.util.UUID.randomUUID(), java.util.UUID.randomUUID());
        budget.budget(new Money(d("1000"), "USD"));
        assertThat(budget.crossedBy(d("1000"))).containsExactly(80, 100);
        assertThat(budget.crossedBy(d("1200"))).isEmpty();
        assertThat(budget.budget(new Money(d("1000.00"), "USD"))).isFalse();
        assertThat(budget.crossedBy(d("1200"))).isEmpty();
        assertThat(budget.budget(new Money(d("2000"), "USD"))).isTrue();
        assertThat(budget.crossedBy(d("1200"))).isEmpty(); // 60 % of the new budget
        assertThat(budget.crossedBy(d("1600"))).containsExactly(80);
    }

    @Test
    void budgetThresholdsAreCrossedOnceEach() {
        assertThat(Calculations.newlyCrossed(d("3999.99"), d("5000"), false, false)).isEmpty();
        assertThat(Calculations.newlyCrossed(d("4000"), d("5000"), false, false)).containsExactly(80);
        assertThat(Calculations.newlyCrossed(d("4500"), d("5000"), true, false)).isEmpty();
        assertThat(Calculations.newlyCrossed(d("5000"), d("5000"), true, false)).containsExactly(100);
        assertThat(Calculations.newlyCrossed(d("6000"), d("5000"), false, false)).containsExactly(80, 100);
        assertThat(Calculations.newlyCrossed(d("9000"), d("5000"), true, true)).isEmpty();
        assertThat(Calculations.newlyCrossed(d("9000"), null, false, false)).isEmpty();
    }

    /** Exposure: the contract's not-to-exceed where set; else each line's limit where set, else its value. */
    @Test
    void dealApprovalWeighsTheMaximumExposure() {
        ContractTerms.Line tm = new ContractTerms.Line("T&M", BillingMethod.TIME_AND_MATERIALS, null,
                new Money(d("500000"), "USD"), new Money(d("10000000"), "USD"),
                List.of(new ContractTerms.Rate("architect", new Money(d("200"), "USD"), new Money(d("120"), "USD"))),
                null, null);
        ContractTerms.Line fixed = new ContractTerms.Line("Fixed", BillingMethod.FIXED_FEE, null,
                new Money(d("100000"), "USD"), null, null,
                List.of(new ContractTerms.Installment(java.time.LocalDate.of(2026, 6, 30), new Money(d("100000"), "USD"))),
                null);
        Contract lines = Contract.draft(java.util.UUID.randomUUID(), "enterprise",
                new ContractTerms("Deal", "USD", List.of(), null, List.of(tm, fixed)), "x", java.time.OffsetDateTime.now());
        assertThat(lines.total().amount()).isEqualByComparingTo("600000");
        assertThat(lines.exposure().amount()).isEqualByComparingTo("10100000");
        assertThat(ApprovalPolicy.requiredRoles(lines.exposure().amount(), d("1000000")))
                .containsExactly(ApprovalRole.FINANCE, ApprovalRole.EXECUTIVE);
        Contract capped = Contract.draft(java.util.UUID.randomUUID(), "enterprise", new ContractTerms("Deal", "USD",
                List.of(), new Money(d("900000"), "USD"), List.of(tm, fixed)), "x", java.time.OffsetDateTime.now());
        assertThat(capped.exposure().amount()).isEqualByComparingTo("900000");
    }

    /** Gross of credit notes, drafts included: the line's limit first, then the contract's; reaching is allowed. */
    @Test
    void anInvoiceMayNotPassTheContractOrLineLimit() {
        ContractTerms.Line fixed = new ContractTerms.Line("Fixed", BillingMethod.FIXED_FEE, null,
                new Money(d("10000"), "USD"), new Money(d("8000"), "USD"), null,
                List.of(new ContractTerms.Installment(java.time.LocalDate.of(2026, 6, 30), new Money(d("10000"), "USD"))),
                null);
        Contract contract = Contract.draft(java.util.UUID.randomUUID(), "enterprise", new ContractTerms("Deal", "USD",
                List.of(), new Money(d("12000"), "USD"), List.of(fixed)), "x", java.time.OffsetDateTime.now());
        java.util.UUID lineId = contract.lines.get(0).id;
        Invoice invoice = Invoice.draft(contract.customerId, contract.id, InvoiceSource.SCHEDULE, "USD", "x", "x",
                java.time.OffsetDateTime.now());
        invoice.addLine("x", null, lineId, d("3000"));
        assertThat(InvoiceLimit.check(contract, invoice, d("5000"), l -> d("5000"))).isEmpty(); // line 8,000 reached
        InvoiceLimit.Breach line = InvoiceLimit.check(contract, invoice, d("5000"), l -> d("5000.01")).orElseThrow();
        assertThat(line.scope()).isEqualTo("line");
        assertThat(line.detail()).isEqualTo("this invoice would pass the line's not-to-exceed of 8000 USD "
                + "(already invoiced 5000.01, this invoice 3000)");
        InvoiceLimit.Breach whole = InvoiceLimit.check(contract, invoice, d("9000.01"), l -> d("0")).orElseThrow();
        assertThat(whole.scope()).isEqualTo("contract");
        assertThat(whole.lineId()).isNull();
        assertThat(whole.limit()).isEqualByComparingTo("12000");
    }

    @Test
    void approvalRulesByExposure() {
        assertThat(ApprovalPolicy.requiredRoles(d("1000000"), d("1000000"))).containsExactly(ApprovalRole.FINANCE);
        assertThat(ApprovalPolicy.requiredRoles(d("1000000.01"), d("1000000")))
                .containsExactly(ApprovalRole.FINANCE, ApprovalRole.EXECUTIVE);
    }

    @Test
    void stateMachineAllowsOnlyTheDocumentedMoves() {
        assertThat(ContractStatus.DRAFT.canMoveTo(ContractStatus.PENDING_APPROVAL)).isTrue();
        assertThat(ContractStatus.DRAFT.canMoveTo(ContractStatus.APPROVED)).isFalse();
        assertThat(ContractStatus.PENDING_APPROVAL.canMoveTo(ContractStatus.DRAFT)).isFalse();
        assertThat(ContractStatus.PENDING_APPROVAL.canMoveTo(ContractStatus.REJECTED)).isTrue();
        assertThat(ContractStatus.APPROVED.canMoveTo(ContractStatus.ACTIVE)).isFalse();
        assertThat(ContractStatus.SIGNED.canMoveTo(ContractStatus.ACTIVE)).isTrue();
        assertThat(ContractStatus.ACTIVE.canMoveTo(ContractStatus.CLOSED)).isTrue();
        for (ContractStatus target : ContractStatus.values()) {
            assertThat(ContractStatus.CLOSED.canMoveTo(target)).isFalse();
            assertThat(ContractStatus.REJECTED.canMoveTo(target)).isFalse(); // a revision is a new contract
        }
    }

    @Test
    void publicSectorCustomersAlsoNeedProcurementReview() {
        assertThat(ComplianceItemType.checklistFor("state-government")).contains(ComplianceItemType.PUBLIC_PROCUREMENT);
        assertThat(ComplianceItemType.checklistFor("education")).contains(ComplianceItemType.PUBLIC_PROCUREMENT);
        assertThat(ComplianceItemType.checklistFor("enterprise")).isEqualTo(List.of(
                ComplianceItemType.LEGAL_REVIEW, ComplianceItemType.SECURITY_REVIEW, ComplianceItemType.DATA_PROTECTION));
    }
}
