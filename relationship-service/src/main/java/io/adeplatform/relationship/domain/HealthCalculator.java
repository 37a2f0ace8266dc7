package io.adeplatform.relationship.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Explainable relationship health. Each factor has a value between 0 and 1 and a weight; factors without data drop
 * out and the weights of the others are renormalised:
 * <pre>
 *   contribution(f) = value(f) × weight(f) / Σ weight(present factors) × 100
 *   score           = Σ contribution, rounded half-up to a whole number (0–100)
 *   band            = red below 50, amber below 75, green from 75
 * </pre>
 * Factors (weight): key-role-coverage (30) engaged key roles / 4; executive-contact-recency (15) 1 when the last
 * executive contact is at most 30 days ago, 0 from 120 days (or never), linear between: (120 − days) / 90;
 * executive-contact-frequency (15) min(contacts in 90 days, 6) / 6; stance-mix (20) Σ influence × stance score /
 * Σ influence over active stakeholders, stance scores champion 1, supporter 0.75, neutral 0.5, skeptic 0.25,
 * detractor 0 (drops out without active stakeholders); open-escalations (10) 1 − min(1, 0.5 × open critical + 0.25 ×
 * open high) (only once escalation events arrived for the customer); overdue-invoices (5) 1 − min(1, 0.5 × overdue)
 * (only once invoice events arrived); consumption-commitments (5) 1 − min(1, 0.5 × commitments flagged at risk in
 * the last 30 days) (only once commitment events arrived); customer-satisfaction (10) ½ × (average CSAT − 1) / 4 +
 * ½ × (NPS + 100) / 200 over the survey answers of the last 180 days (only when there are some); executive-cadence
 * (10, issue 21) the share of the customer's cadence items (QBR, executive briefing, a steering committee per open
 * engagement) that are not overdue.
 */
public final class HealthCalculator {

    private static final MathContext MC = new MathContext(30, RoundingMode.HALF_UP);

    public static final int W_COVERAGE = 30;
    public static final int W_RECENCY = 15;
    public static final int W_FREQUENCY = 15;
    public static final int W_STANCE = 20;
    public static final int W_ESCALATIONS = 10;
    public static final int W_INVOICES = 5;
    public static final int W_CONSUMPTION = 5;
    public static final int W_SATISFACTION = 10;
    public static final int W_CADENCE = 10;

    private HealthCalculator() {
    }

    public record StakeholderWeight(int influence, Stance stance) {
    }

    public record EscalationSignal(int openCritical, int openHigh) {
    }

    /** The customer's cadence: how many items it has and, for each overdue one, a phrase ("qbr by 12 days"). */
    public record CadenceSignal(int items, List<String> overdue) {
    }

    /**
     * The facts health is computed from. Signals are null when no event of that kind has arrived for the customer;
     * satisfaction is null without recent survey answers. daysSinceExecutiveContact is null when executives were
     * never contacted.
     */
    public record Inputs(int keyRolesEngaged, int keyRolesTotal, Long daysSinceExecutiveContact,
                         int executiveContactsLast90Days, List<StakeholderWeight> activeStakeholders,
                         EscalationSignal escalations, Integer overdueInvoices, Integer commitmentsAtRisk,
                         SatisfactionSummary satisfaction, CadenceSignal cadence) {

        /** The facts without the cadence (the factor drops out). */
        public Inputs(int keyRolesEngaged, int keyRolesTotal, Long daysSinceExecutiveContact,
                      int executiveContactsLast90Days, List<StakeholderWeight> activeStakeholders,
                      EscalationSignal escalations, Integer overdueInvoices, Integer commitmentsAtRisk,
                      SatisfactionSummary satisfaction) {
            this(keyRolesEngaged, keyRolesTotal, daysSinceExecutiveContact, executiveContactsLast90Days,
                    activeStakeholders, escalations, overdueInvoices, commitmentsAtRisk, satisfaction, null);
        }

        /** The facts without survey answers. */
        public Inputs(int keyRolesEngaged, int keyRolesTotal, Long daysSinceExecutiveContact,
                      int executiveContactsLast90Days, List<StakeholderWeight> activeStakeholders,
                      EscalationSignal escalations, Integer overdueInvoices, Integer commitmentsAtRisk) {
            this(keyRolesEngaged, keyRolesTotal, daysSinceExecutiveContact, executiveContactsLast90Days,
                    activeStakeholders, escalations, overdueInvoices, commitmentsAtRisk, null, null);
        }
    }

    public record Factor(String name, String detail, BigDecimal value, int weight, BigDecimal contribution) {
    }

    public record Assessment(int score, HealthBand band, List<Factor> factors) {

        /** The weight of the factors present (the others dropped out). */
        public int totalWeight() {
            return factors.stream().mapToInt(Factor::weight).sum();
        }
    }

    public static BigDecimal stanceScore(Stance stance) {
        return switch (stance) {
            case CHAMPION -> BigDecimal.ONE;
            case SUPPORTER -> new BigDecimal("0.75");
            case NEUTRAL -> new BigDecimal("0.5");
            case SKEPTIC -> new BigDecimal("0.25");
            case DETRACTOR -> BigDecimal.ZERO;
        };
    }

    public static HealthBand band(int score) {
        return score < 50 ? HealthBand.RED : score < 75 ? HealthBand.AMBER : HealthBand.GREEN;
    }

    /** Decimal arithmetic (30 significant digits, contributions to 10 places), so worked examples come out as computed by hand. */
    public static Assessment assess(Inputs in) {
        record Raw(String name, String detail, BigDecimal value, int weight) {
        }
        List<Raw> raw = new ArrayList<>();
        raw.add(new Raw("key-role-coverage", in.keyRolesEngaged() + " of " + in.keyRolesTotal() + " key roles engaged",
                in.keyRolesTotal() == 0 ? BigDecimal.ZERO : ratio(in.keyRolesEngaged(), in.keyRolesTotal()), W_COVERAGE));
        Long days = in.daysSinceExecutiveContact();
        BigDecimal recency = days == null ? BigDecimal.ZERO : days <= 30 ? BigDecimal.ONE : days >= 120 ? BigDecimal.ZERO
                : ratio(120 - days, 90);
        raw.add(new Raw("executive-contact-recency",
                days == null ? "no executive contact recorded" : "last executive contact " + days + " days ago",
                recency, W_RECENCY));
        int contacts = in.executiveContactsLast90Days();
        raw.add(new Raw("executive-contact-frequency", contacts + " executive contacts in the last 90 days (target 6)",
                ratio(Math.min(contacts, 6), 6), W_FREQUENCY));
        if (!in.activeStakeholders().isEmpty()) {
            BigDecimal weighted = BigDecimal.ZERO;
            int influence = 0;
            for (StakeholderWeight s : in.activeStakeholders()) {
                weighted = weighted.add(stanceScore(s.stance()).multiply(BigDecimal.valueOf(s.influence())));
                influence += s.influence();
            }
            raw.add(new Raw("stance-mix", in.activeStakeholders().size() + " active stakeholders, total influence " + influence,
                    influence == 0 ? BigDecimal.ZERO : weighted.divide(BigDecimal.valueOf(influence), MC), W_STANCE));
        }
        if (in.escalations() != null) {
            EscalationSignal e = in.escalations();
            BigDecimal penalty = new BigDecimal("0.5").multiply(BigDecimal.valueOf(e.openCritical()))
                    .add(new BigDecimal("0.25").multiply(BigDecimal.valueOf(e.openHigh())));
            raw.add(new Raw("open-escalations", e.openCritical() + " critical and " + e.openHigh() + " high escalations open",
                    BigDecimal.ONE.subtract(penalty.min(BigDecimal.ONE)), W_ESCALATIONS));
        }
        if (in.overdueInvoices() != null) {
            raw.add(new Raw("overdue-invoices", in.overdueInvoices() + " invoices overdue",
                    halfPerItem(in.overdueInvoices()), W_INVOICES));
        }
        if (in.commitmentsAtRisk() != null) {
            raw.add(new Raw("consumption-commitments", in.commitmentsAtRisk() + " commitments at risk in the last 30 days",
                    halfPerItem(in.commitmentsAtRisk()), W_CONSUMPTION));
        }
        SatisfactionSummary satisfaction = in.satisfaction();
        if (satisfaction != null && satisfaction.responses() > 0) {
            raw.add(new Raw("customer-satisfaction", satisfaction.responses() + " survey answers in the last "
                    + HealthFacts.SATISFACTION_DAYS + " days: average CSAT " + satisfaction.averageCsat().toPlainString()
                    + ", NPS " + satisfaction.nps().toPlainString(), satisfactionValue(satisfaction), W_SATISFACTION));
        }
        CadenceSignal cadence = in.cadence();
        if (cadence != null && cadence.items() > 0) {
            int overdue = cadence.overdue().size();
            raw.add(new Raw("executive-cadence", overdue == 0 ? "none of " + cadence.items() + " cadence items overdue"
                    : overdue + " of " + cadence.items() + " cadence items overdue: " + String.join(", ", cadence.overdue()),
                    ratio(cadence.items() - overdue, cadence.items()), W_CADENCE));
        }
        BigDecimal totalWeight = BigDecimal.valueOf(raw.stream().mapToInt(Raw::weight).sum());
        BigDecimal sum = BigDecimal.ZERO;
        List<Factor> factors = new ArrayList<>();
        for (Raw r : raw) {
            BigDecimal contribution = r.value().multiply(BigDecimal.valueOf(r.weight()))
                    .multiply(BigDecimal.valueOf(100)).divide(totalWeight, MC)
                    .setScale(10, RoundingMode.HALF_UP); // 1/6 × 15 is 2.5, not 2.4999…
            sum = sum.add(contribution);
            factors.add(new Factor(r.name(), r.detail(), r.value().setScale(4, RoundingMode.HALF_UP), r.weight(),
                    contribution.setScale(2, RoundingMode.HALF_UP)));
        }
        int score = sum.setScale(0, RoundingMode.HALF_UP).intValueExact();
        score = Math.max(0, Math.min(100, score));
        return new Assessment(score, band(score), List.copyOf(factors));
    }

    private static BigDecimal ratio(long numerator, long denominator) {
        return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), MC);
    }

    /** Half the average CSAT on 1–5 scaled to 0–1, half the NPS on −100…100 scaled to 0–1. */
    static BigDecimal satisfactionValue(SatisfactionSummary s) {
        BigDecimal csat = s.averageCsat().subtract(BigDecimal.ONE).divide(BigDecimal.valueOf(4), MC);
        BigDecimal nps = s.nps().add(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(200), MC);
        return csat.add(nps).divide(BigDecimal.valueOf(2), MC);
    }

    private static BigDecimal halfPerItem(int count) {
        return BigDecimal.ONE.subtract(new BigDecimal("0.5").multiply(BigDecimal.valueOf(count)).min(BigDecimal.ONE));
    }

}
