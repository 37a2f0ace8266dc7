package io.adeplatform.portfolio.domain;

import io.adeplatform.platform.core.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The rule-computed RAG of an engagement, each rating with the reasons that made it (and, for the non-green ones, a
 * machine-readable {@link HealthCause}).
 *
 * <ul>
 *   <li>schedule: red when a milestone not yet achieved is more than 14 days past due, SPI &lt; 0.90, or a critical
 *   escalation is open on the engagement, or a role of the resource plan is unfilled on or after its start; amber
 *   when a milestone is past due (up to 14 days), SPI &lt; 0.95, or a role is unfilled within the warning days
 *   (ade.portfolio.staffing.unfilled-warning-days, default 14) before its start;</li>
 *   <li>budget: red when CPI &lt; 0.90 or actual cost exceeds the budget; amber when CPI &lt; 0.95 or the burn
 *   (AC / BAC) runs more than 10 % ahead of plan (AC &gt; 1.10 × PV);</li>
 *   <li>scope: red with 3 or more open change issues (RAID issues of category "change"), amber with 1 or 2;</li>
 *   <li>quality: see {@link QualityRules};</li>
 *   <li>overall: the worst of those four (DESIGN's schedule, budget, scope, quality); its reasons are those of every
 *   dimension that is not green;</li>
 *   <li>risk (shown, not part of overall since issue 16): red when an open risk has exposure (probability × impact)
 *   &gt;= 15, amber when one has &gt;= 10.</li>
 * </ul>
 */
public final class RagRules {

    public static final BigDecimal RED_INDEX = new BigDecimal("0.90");
    public static final BigDecimal AMBER_INDEX = new BigDecimal("0.95");
    public static final BigDecimal BURN_TOLERANCE = new BigDecimal("1.10");
    public static final int LATE_DAYS_RED = 14;
    public static final int RED_EXPOSURE = 15;
    public static final int AMBER_EXPOSURE = 10;
    public static final int RED_CHANGE_ISSUES = 3;

    private RagRules() {
    }

    public record MilestoneFact(String name, LocalDate due, boolean done) {
    }

    public record RiskFact(String title, int exposure) {
    }

    /** An open escalation on the engagement as escalation-service announced it. */
    public record EscalationFact(UUID id, String title, EscalationSeverity severity) {
    }

    /** A role of the resource plan still unfilled within the warning days before its start (issue 20, staffing). */
    public record UnfilledRoleFact(String role, LocalDate startDate) {
    }

    public record Input(LocalDate asOf, List<MilestoneFact> milestones, BigDecimal spi, BigDecimal cpi,
                        Money bac, Money pv, Money ac, List<String> openChangeIssues, List<RiskFact> openRisks,
                        List<EscalationFact> openCriticalEscalations, QualityRules.Facts quality,
                        List<UnfilledRoleFact> unfilledRoles) {

        /** Without staffing facts (no role unfilled). */
        public Input(LocalDate asOf, List<MilestoneFact> milestones, BigDecimal spi, BigDecimal cpi, Money bac, Money pv,
                     Money ac, List<String> openChangeIssues, List<RiskFact> openRisks,
                     List<EscalationFact> openCriticalEscalations, QualityRules.Facts quality) {
            this(asOf, milestones, spi, cpi, bac, pv, ac, openChangeIssues, openRisks, openCriticalEscalations, quality,
                    List.of());
        }
    }

    public record Dimension(Health rag, List<String> reasons) {
    }

    /** The five ratings and overall; {@code causes} are the machine-readable causes of overall's reasons. */
    public record Assessment(Dimension schedule, Dimension budget, Dimension scope, Dimension quality, Dimension risk,
                             Dimension overall, List<HealthCause> causes) {
    }

    public static Assessment assess(Input in) {
        List<Rating> counted = List.of(schedule(in), budget(in), scope(in), QualityRules.rate(in.quality()));
        Health overall = Health.GREEN;
        for (Rating r : counted) {
            overall = worst(overall, r.rag());
        }
        List<String> reasons = new ArrayList<>();
        List<HealthCause> causes = new ArrayList<>();
        if (overall == Health.GREEN) {
            reasons.add("schedule, budget, scope and quality are green");
        } else {
            for (Rating r : counted) {
                if (r.rag() != Health.GREEN) {
                    r.done().reasons().forEach(reason -> reasons.add(r.dimension() + ": " + reason));
                    causes.addAll(r.causes());
                }
            }
        }
        return new Assessment(counted.get(0).done(), counted.get(1).done(), counted.get(2).done(),
                counted.get(3).done(), risk(in).done(), new Dimension(overall, List.copyOf(reasons)), List.copyOf(causes));
    }

    static Rating schedule(Input in) {
        Rating r = new Rating("schedule");
        for (EscalationFact x : in.openCriticalEscalations()) {
            r.red(HealthCause.CRITICAL_ESCALATION, "critical escalation open: " + x.title()
                    + " (" + HealthCause.CRITICAL_ESCALATION + " " + x.id() + ")", x.id());
        }
        for (MilestoneFact m : in.milestones()) {
            if (!m.done() && m.due().isBefore(in.asOf())) {
                long late = ChronoUnit.DAYS.between(m.due(), in.asOf());
                String reason = "milestone '" + m.name() + "' is " + late + " day" + (late == 1 ? "" : "s") + " late";
                if (late > LATE_DAYS_RED) {
                    r.red("milestone-late", reason);
                } else {
                    r.amber("milestone-late", reason);
                }
            }
        }
        unfilledRoles(r, in);
        index(r, "spi-low", "SPI", in.spi());
        r.greenBecause("no milestone late" + (in.spi() == null ? "" : ", SPI " + in.spi().toPlainString()));
        return r;
    }

    /** Red once an unfilled role's start has come, amber while it is within the warning days before. */
    private static void unfilledRoles(Rating r, Input in) {
        for (UnfilledRoleFact role : in.unfilledRoles()) {
            long days = ChronoUnit.DAYS.between(in.asOf(), role.startDate());
            if (days <= 0) {
                r.red("role-unfilled", "role '" + role.role() + "' is unfilled and started on " + role.startDate());
            } else {
                r.amber("role-unfilled", "role '" + role.role() + "' is unfilled and starts in " + days + " day"
                        + (days == 1 ? "" : "s"));
            }
        }
    }

    static Rating budget(Input in) {
        Rating r = new Rating("budget");
        index(r, "cpi-low", "CPI", in.cpi());
        if (in.ac().compareTo(in.bac()) > 0) {
            r.red("over-budget", "actual cost " + in.ac().amount().toPlainString() + " exceeds the budget "
                    + in.bac().amount().toPlainString());
        } else if (in.pv().amount().signum() > 0 && in.ac().amount().compareTo(in.pv().amount().multiply(BURN_TOLERANCE)) > 0) {
            r.amber("burn-ahead", "burn " + percent(in.ac(), in.bac()) + "% of budget against "
                    + percent(in.pv(), in.bac()) + "% planned");
        }
        r.greenBecause("spending within plan" + (in.cpi() == null ? "" : ", CPI " + in.cpi().toPlainString()));
        return r;
    }

    static Rating scope(Input in) {
        Rating r = new Rating("scope");
        r.openIssues("change-issues", "change", in.openChangeIssues(), RED_CHANGE_ISSUES);
        r.greenBecause("no open change issue");
        return r;
    }

    static Rating risk(Input in) {
        Rating r = new Rating("risk");
        for (RiskFact risk : in.openRisks()) {
            String reason = "risk '" + risk.title() + "' has exposure " + risk.exposure();
            if (risk.exposure() >= RED_EXPOSURE) {
                r.red("risk-exposure", reason);
            } else if (risk.exposure() >= AMBER_EXPOSURE) {
                r.amber("risk-exposure", reason);
            }
        }
        r.greenBecause("no open risk with exposure >= " + AMBER_EXPOSURE);
        return r;
    }

    private static void index(Rating r, String code, String name, BigDecimal value) {
        if (value == null) {
            return;
        }
        if (value.compareTo(RED_INDEX) < 0) {
            r.red(code, name + " " + value.toPlainString() + " is below " + RED_INDEX.toPlainString());
        } else if (value.compareTo(AMBER_INDEX) < 0) {
            r.amber(code, name + " " + value.toPlainString() + " is below " + AMBER_INDEX.toPlainString());
        }
    }

    private static String percent(Money part, Money whole) {
        if (whole.amount().signum() == 0) {
            return "0";
        }
        return part.amount().multiply(BigDecimal.valueOf(100)).divide(whole.amount(), 1, RoundingMode.HALF_EVEN).toPlainString();
    }

    public static Health worst(Health a, Health b) {
        return a.ordinal() >= b.ordinal() ? a : b;
    }
}
