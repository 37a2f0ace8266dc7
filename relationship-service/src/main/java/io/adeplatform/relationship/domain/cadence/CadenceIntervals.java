package io.adeplatform.relationship.domain.cadence;

import io.adeplatform.relationship.domain.CadenceKind;

import io.adeplatform.platform.core.InvalidInput;

import java.util.Map;
import java.util.UUID;

/**
 * A cadence policy's intervals in whole days: QBR, executive briefing, steering committee (every engagement of the
 * customer) and per-engagement overrides of the steering committee's. Each between {@link #MIN_DAYS} and
 * {@link #MAX_DAYS}; anything else is invalid input (400).
 */
public record CadenceIntervals(int qbrDays, int executiveBriefingDays, int steeringCommitteeDays,
                               Map<UUID, Integer> steeringCommitteeOverrides) {

    public static final int MIN_DAYS = 1;
    public static final int MAX_DAYS = 366;

    /** Quarterly QBRs, monthly executive briefings, monthly steering committees. */
    public static final CadenceIntervals DEFAULTS = new CadenceIntervals(90, 30, 30, Map.of());

    public CadenceIntervals {
        check("qbrIntervalDays", qbrDays);
        check("executiveBriefingIntervalDays", executiveBriefingDays);
        check("steeringCommitteeIntervalDays", steeringCommitteeDays);
        steeringCommitteeOverrides = Map.copyOf(steeringCommitteeOverrides);
        steeringCommitteeOverrides.values().forEach(days -> check("steeringCommitteeOverrides.intervalDays", days));
    }

    /** The interval of one item: the kind's, or for a steering committee the engagement's override when it has one. */
    public int days(CadenceKind kind, UUID engagementId) {
        return switch (kind) {
            case QBR -> qbrDays;
            case EXECUTIVE_BRIEFING -> executiveBriefingDays;
            case STEERING_COMMITTEE -> steeringCommitteeOverrides.getOrDefault(engagementId, steeringCommitteeDays);
        };
    }

    private static void check(String field, int days) {
        if (days < MIN_DAYS || days > MAX_DAYS) {
            throw InvalidInput.field(field, "must be a whole number of days from " + MIN_DAYS + " to " + MAX_DAYS);
        }
    }
}
