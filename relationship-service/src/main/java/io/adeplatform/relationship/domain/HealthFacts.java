package io.adeplatform.relationship.domain;

import io.adeplatform.platform.core.WireEnums;
import io.adeplatform.relationship.domain.cadence.CadenceItem;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The stored facts relationship health is computed from: the customer's stakeholders, the last contact with each,
 * the dates of interactions that involved an executive, the signals of the other services, the survey answers and
 * the items of its executive cadence (computed as of the same day).
 */
public record HealthFacts(List<Stakeholder> stakeholders, Map<UUID, LocalDate> lastContacts,
                          List<LocalDate> executiveContactDates, List<HealthSignal> signals,
                          List<SurveyScore> surveyScores, List<CadenceItem> cadence) {

    /** The facts without cadence items (the cadence factor drops out). */
    public HealthFacts(List<Stakeholder> stakeholders, Map<UUID, LocalDate> lastContacts,
                       List<LocalDate> executiveContactDates, List<HealthSignal> signals,
                       List<SurveyScore> surveyScores) {
        this(stakeholders, lastContacts, executiveContactDates, signals, surveyScores, List.of());
    }

    /** Commitments flagged at risk count for this long. */
    static final int COMMITMENT_RISK_DAYS = 30;

    /** Survey answers count towards health for this long (days, the answer's day included). */
    public static final int SATISFACTION_DAYS = 180;

    /** The stakeholders whose interactions count as executive contact. */
    public static List<UUID> executives(List<Stakeholder> stakeholders) {
        return stakeholders.stream().filter(s -> Coverage.EXECUTIVE_ROLES.contains(s.roleType)).map(s -> s.id).toList();
    }

    public Coverage.Result coverage(LocalDate today) {
        return Coverage.of(stakeholders, lastContacts, today);
    }

    public HealthCalculator.Inputs inputs(OffsetDateTime now) {
        LocalDate today = now.toLocalDate();
        List<LocalDate> past = executiveContactDates.stream().filter(d -> !d.isAfter(today)).toList();
        Long daysSince = past.stream().max(LocalDate::compareTo).map(d -> ChronoUnit.DAYS.between(d, today)).orElse(null);
        int recent = (int) past.stream().filter(d -> !d.isBefore(today.minusDays(Coverage.ENGAGED_WITHIN_DAYS))).count();
        List<HealthCalculator.StakeholderWeight> weights = stakeholders.stream().filter(s -> s.active)
                .map(s -> new HealthCalculator.StakeholderWeight(s.influence, s.stance)).toList();
        return new HealthCalculator.Inputs(coverage(today).engagedCount(), Coverage.KEY_ROLES.size(), daysSince, recent,
                weights, escalations(), count(SignalSource.INVOICE, now), count(SignalSource.COMMITMENT, now),
                satisfaction(today), cadenceSignal());
    }

    /** The cadence items and the overdue ones, phrased for the factor's detail; null without items. */
    private HealthCalculator.CadenceSignal cadenceSignal() {
        if (cadence.isEmpty()) {
            return null;
        }
        List<String> overdue = cadence.stream().filter(CadenceItem::overdue)
                .map(i -> WireEnums.wireName(i.kind()) + " by " + i.daysOverdue() + " days").toList();
        return new HealthCalculator.CadenceSignal(cadence.size(), overdue);
    }

    /** The answers given within the last {@link #SATISFACTION_DAYS} days (not after today); null without any. */
    private SatisfactionSummary satisfaction(LocalDate today) {
        LocalDate since = today.minusDays(SATISFACTION_DAYS);
        List<SurveyScore> recent = surveyScores.stream()
                .filter(s -> !s.respondedOn().isBefore(since) && !s.respondedOn().isAfter(today)).toList();
        return recent.isEmpty() ? null : SatisfactionSummary.of(recent);
    }

    /** Open critical and high escalations; null before any escalation event arrived for the customer. */
    private HealthCalculator.EscalationSignal escalations() {
        List<HealthSignal> escalations = of(SignalSource.ESCALATION);
        if (escalations.isEmpty()) {
            return null;
        }
        return new HealthCalculator.EscalationSignal(openWithSeverity(escalations, "critical"),
                openWithSeverity(escalations, "high"));
    }

    private static int openWithSeverity(List<HealthSignal> escalations, String severity) {
        return (int) escalations.stream().filter(s -> s.active() && severity.equals(s.severity())).count();
    }

    /** Active items of the source (commitments only when recent); null before any event of the source arrived. */
    private Integer count(SignalSource source, OffsetDateTime now) {
        List<HealthSignal> items = of(source);
        if (items.isEmpty()) {
            return null;
        }
        OffsetDateTime since = now.minusDays(COMMITMENT_RISK_DAYS);
        return (int) items.stream().filter(HealthSignal::active)
                .filter(s -> source != SignalSource.COMMITMENT || !s.occurredAt().isBefore(since)).count();
    }

    private List<HealthSignal> of(SignalSource source) {
        return signals.stream().filter(s -> s.source() == source).toList();
    }
}
