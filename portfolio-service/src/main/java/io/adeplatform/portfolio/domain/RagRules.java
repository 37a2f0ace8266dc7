package io.adeplatform.portfolio.domain;

import io.adeplatform.platform.core.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The rule-computed RAG of an engagement, each rating with the reasons that made it.
 *
 * <ul>
 *   <li>schedule: red when a milestone not yet achieved is more than 14 days past due, SPI &lt; 0.90, or a critical
 *   escalation is open on the engagement; amber when a milestone is past due (up to 14 days) or SPI &lt; 0.95;</li>
 *   <li>budget: red when CPI &lt; 0.90 or actual cost exceeds the budget; amber when CPI &lt; 0.95 or the burn
 *   (AC / BAC) runs more than 10 % ahead of plan (AC &gt; 1.10 × PV);</li>
 *   <li>scope: red with 3 or more open change issues (RAID issues of category "change"), amber with 1 or 2;</li>
 *   <li>risk: red when an open risk has exposure (probability × impact) &gt;= 15, amber when one has &gt;= 10;</li>
 *   <li>overall: the worst of the four; its reasons are those of every dimension that is not green.</li>
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

    public record Input(LocalDate asOf, List<MilestoneFact> milestones, BigDecimal spi, BigDecimal cpi,
                        Money bac, Money pv, Money ac, List<String> openChangeIssues, List<RiskFact> openRisks,
                        List<String> openCriticalEscalations) {
    }

    public record Dimension(Health rag, List<String> reasons) {
    }

    public record Assessment(Dimension schedule, Dimension budget, Dimension scope, Dimension risk, Dimension overall) {
    }

    public static Assessment assess(Input in) {
        Dimension schedule = schedule(in);
        Dimension budget = budget(in);
        Dimension scope = scope(in);
        Dimension risk = risk(in);
        Health overall = worst(worst(schedule.rag, budget.rag), worst(scope.rag, risk.rag));
        List<String> reasons = new ArrayList<>();
        if (overall == Health.GREEN) {
            reasons.add("schedule, budget, scope and risk are green");
        } else {
            addPrefixed(reasons, "schedule", schedule);
            addPrefixed(reasons, "budget", budget);
            addPrefixed(reasons, "scope", scope);
            addPrefixed(reasons, "risk", risk);
        }
        return new Assessment(schedule, budget, scope, risk, new Dimension(overall, List.copyOf(reasons)));
    }

    static Dimension schedule(Input in) {
        Rating r = new Rating();
        for (String escalation : in.openCriticalEscalations()) {
            r.red("critical escalation open: " + escalation);
        }
        for (MilestoneFact m : in.milestones()) {
            if (!m.done() && m.due().isBefore(in.asOf())) {
                long late = ChronoUnit.DAYS.between(m.due(), in.asOf());
                String reason = "milestone '" + m.name() + "' is " + late + " day" + (late == 1 ? "" : "s") + " late";
                if (late > LATE_DAYS_RED) {
                    r.red(reason);
                } else {
                    r.amber(reason);
                }
            }
        }
        index(r, "SPI", in.spi());
        if (r.rag == Health.GREEN) {
            r.reasons.add("no milestone late" + (in.spi() == null ? "" : ", SPI " + in.spi().toPlainString()));
        }
        return r.done();
    }

    static Dimension budget(Input in) {
        Rating r = new Rating();
        index(r, "CPI", in.cpi());
        if (in.ac().compareTo(in.bac()) > 0) {
            r.red("actual cost " + in.ac().amount().toPlainString() + " exceeds the budget " + in.bac().amount().toPlainString());
        } else if (in.pv().amount().signum() > 0 && in.ac().amount().compareTo(in.pv().amount().multiply(BURN_TOLERANCE)) > 0) {
            r.amber("burn " + percent(in.ac(), in.bac()) + "% of budget against " + percent(in.pv(), in.bac()) + "% planned");
        }
        if (r.rag == Health.GREEN) {
            r.reasons.add("spending within plan" + (in.cpi() == null ? "" : ", CPI " + in.cpi().toPlainString()));
        }
        return r.done();
    }

    static Dimension scope(Input in) {
        Rating r = new Rating();
        int open = in.openChangeIssues().size();
        if (open > 0) {
            String reason = open + " open change issue" + (open == 1 ? "" : "s") + ": " + String.join(", ", in.openChangeIssues());
            if (open >= RED_CHANGE_ISSUES) {
                r.red(reason);
            } else {
                r.amber(reason);
            }
        } else {
            r.reasons.add("no open change issue");
        }
        return r.done();
    }

    static Dimension risk(Input in) {
        Rating r = new Rating();
        for (RiskFact risk : in.openRisks()) {
            String reason = "risk '" + risk.title() + "' has exposure " + risk.exposure();
            if (risk.exposure() >= RED_EXPOSURE) {
                r.red(reason);
            } else if (risk.exposure() >= AMBER_EXPOSURE) {
                r.amber(reason);
            }
        }
        if (r.rag == Health.GREEN) {
            r.reasons.add("no open risk with exposure >= " + AMBER_EXPOSURE);
        }
        return r.done();
    }

    private static void index(Rating r, String name, BigDecimal value) {
        if (value == null) {
            return;
        }
        if (value.compareTo(RED_INDEX) < 0) {
            r.red(name + " " + value.toPlainString() + " is below " + RED_INDEX.toPlainString());
        } else if (value.compareTo(AMBER_INDEX) < 0) {
            r.amber(name + " " + value.toPlainString() + " is below " + AMBER_INDEX.toPlainString());
        }
    }

    private static String percent(Money part, Money whole) {
        if (whole.amount().signum() == 0) {
            return "0";
        }
        return part.amount().multiply(BigDecimal.valueOf(100)).divide(whole.amount(), 1, RoundingMode.HALF_EVEN).toPlainString();
    }

    private static void addPrefixed(List<String> reasons, String name, Dimension dimension) {
        if (dimension.rag != Health.GREEN) {
            dimension.reasons.forEach(reason -> reasons.add(name + ": " + reason));
        }
    }

    public static Health worst(Health a, Health b) {
        return a.ordinal() >= b.ordinal() ? a : b;
    }

    private static final class Rating {
        Health rag = Health.GREEN;
        final List<String> reasons = new ArrayList<>();

        void red(String reason) {
            if (rag != Health.RED) {
                reasons.clear();
            }
            rag = Health.RED;
            reasons.add(reason);
        }

        void amber(String reason) {
            if (rag == Health.RED) {
                return;
            }
            if (rag == Health.GREEN) {
                reasons.clear();
            }
            rag = Health.AMBER;
            reasons.add(reason);
        }

        Dimension done() {
            return new Dimension(rag, List.copyOf(reasons));
        }
    }
}
