package io.adeplatform.portfolio.domain;

import io.adeplatform.platform.core.Conflict;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * The engagement lifecycle: envisioning → solution development → delivery planning → delivery → closure.
 * An engagement moves one stage forward, or one stage back for rework (e.g. delivery → delivery planning when the
 * plan must be redone); closure is final. Everything else (skipping stages, staying, leaving closure) is illegal.
 */
public final class Lifecycle {

    private Lifecycle() {
    }

    public static Set<Stage> allowedFrom(Stage from) {
        Set<Stage> allowed = EnumSet.noneOf(Stage.class);
        if (from == Stage.CLOSURE) {
            return allowed;
        }
        Stage[] stages = Stage.values();
        allowed.add(stages[from.ordinal() + 1]);
        if (from.ordinal() > 0) {
            allowed.add(stages[from.ordinal() - 1]);
        }
        return allowed;
    }

    public static boolean isAllowed(Stage from, Stage to) {
        return from != null && to != null && allowedFrom(from).contains(to);
    }

    /**
     * Milestones move planned → achieved → accepted; planned or achieved ones may be waived instead; an achieved one
     * the customer refuses at acceptance is rejected, and after rework achieved again (or waived).
     */
    public static Set<MilestoneStatus> allowedFrom(MilestoneStatus from) {
        return switch (from) {
            case PLANNED, REJECTED -> EnumSet.of(MilestoneStatus.ACHIEVED, MilestoneStatus.WAIVED);
            case ACHIEVED -> EnumSet.of(MilestoneStatus.ACCEPTED, MilestoneStatus.WAIVED, MilestoneStatus.REJECTED);
            case ACCEPTED, WAIVED -> EnumSet.noneOf(MilestoneStatus.class);
        };
    }

    public static boolean isAllowed(MilestoneStatus from, MilestoneStatus to) {
        return allowedFrom(from).contains(to);
    }

    /**
     * The 409 of a move the state machine does not allow, naming {@code from}, {@code to} and the targets that are
     * allowed from there (wire names, in the state machine's order), so a client can tell what it may do instead.
     */
    public static Conflict illegalMove(String from, String to, Collection<String> allowed) {
        return Conflict.illegalTransition(from, to, allowed);
    }
}
