package io.adeplatform.consumption.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Judges a commitment from its outlook and its customer's usage history:
 * <ul>
 *   <li>{@code insufficient-data} when the customer has fewer than {@code minHistoryDays} complete days since its
 *       first usage in the commitment's currency (none at all included): no projection is trusted yet;</li>
 *   <li>else {@code at-risk} with a reason for each that holds: {@code projected-shortfall} (days left and a positive
 *       shortfall), {@code no-recent-usage} (no usage for {@code noUsageDays} complete days or more);</li>
 *   <li>else {@code on-track}.</li>
 * </ul>
 */
public record RiskAssessment(RiskState state, Set<RiskReason> reasons) {

    /** The thresholds, from configuration. */
    public record Rules(int minHistoryDays, int noUsageDays) {
    }

    public static RiskAssessment of(ConsumptionForecast.CommitmentOutlook outlook, UsageHistory history, Rules rules) {
        if (history.historyDays() < rules.minHistoryDays()) {
            return new RiskAssessment(RiskState.INSUFFICIENT_DATA, Set.of());
        }
        Set<RiskReason> reasons = EnumSet.noneOf(RiskReason.class);
        if (outlook.hasShortfall()) {
            reasons.add(RiskReason.PROJECTED_SHORTFALL);
        }
        if (outlook.daysLeft() > 0 && history.quietDays() >= rules.noUsageDays()) {
            reasons.add(RiskReason.NO_RECENT_USAGE);
        }
        return new RiskAssessment(reasons.isEmpty() ? RiskState.ON_TRACK : RiskState.AT_RISK, Set.copyOf(reasons));
    }
}
