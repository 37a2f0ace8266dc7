package io.adeplatform.billing;

import io.adeplatform.billing.domain.ApprovalPolicy;
import io.adeplatform.billing.domain.ApprovalRole;
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
        // billed 30,000 + unbilled 6,000 = revenue 36,000; cost 27,000; margin 9,000 = 25.00 %; budget 50,000 → burn 54.00 %
        Calculations.Profitability p = Calculations.profitability(d("30000"), d("6000"), d("27000"), d("50000"));
        assertThat(p.revenue()).isEqualByComparingTo("36000");
        assertThat(p.margin()).isEqualByComparingTo("9000");
        assertThat(p.marginPercent()).isEqualByComparingTo("25.00");
        assertThat(p.burnPercent()).isEqualByComparingTo("54.00");
        assertThat(p.remainingBudget()).isEqualByComparingTo("23000");
        // no revenue yet: margin % undefined; no budget: burn undefined
        Calculations.Profitability empty = Calculations.profitability(d("0"), d("0"), d("500"), null);
        assertThat(empty.margin()).isEqualByComparingTo("-500");
        assertThat(empty.marginPercent()).isNull();
        assertThat(empty.burnPercent()).isNull();
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

    @Test
    void approvalRulesByTotal() {
        assertThat(ApprovalPolicy.requiredRoles(d("1000000"), d("1000000"))).containsExactly(ApprovalRole.FINANCE);
        assertThat(ApprovalPolicy.requiredRoles(d("1000000.01"), d("1000000")))
                .containsExactly(ApprovalRole.FINANCE, ApprovalRole.EXECUTIVE);
    }

    @Test
    void stateMachineAllowsOnlyTheDocumentedMoves() {
        assertThat(ContractStatus.DRAFT.canMoveTo(ContractStatus.PENDING_APPROVAL)).isTrue();
        assertThat(ContractStatus.DRAFT.canMoveTo(ContractStatus.APPROVED)).isFalse();
        assertThat(ContractStatus.PENDING_APPROVAL.canMoveTo(ContractStatus.DRAFT)).isTrue();
        assertThat(ContractStatus.APPROVED.canMoveTo(ContractStatus.ACTIVE)).isFalse();
        assertThat(ContractStatus.SIGNED.canMoveTo(ContractStatus.ACTIVE)).isTrue();
        assertThat(ContractStatus.ACTIVE.canMoveTo(ContractStatus.CLOSED)).isTrue();
        for (ContractStatus target : ContractStatus.values()) {
            assertThat(ContractStatus.CLOSED.canMoveTo(target)).isFalse();
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
