package io.adeplatform.relationship.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * An opportunity beyond the current contract: identified → qualified → proposed → won or lost. An open opportunity
 * can be lost at any stage; won and lost are final.
 */
public enum OpportunityStage {
    IDENTIFIED, QUALIFIED, PROPOSED, WON, LOST;

    /** The stages this one may move to (none from won or lost). */
    public Set<OpportunityStage> targets() {
        return switch (this) {
            case IDENTIFIED -> EnumSet.of(QUALIFIED, LOST);
            case QUALIFIED -> EnumSet.of(PROPOSED, LOST);
            case PROPOSED -> EnumSet.of(WON, LOST);
            case WON, LOST -> EnumSet.noneOf(OpportunityStage.class);
        };
    }

    public boolean canMoveTo(OpportunityStage next) {
        return targets().contains(next);
    }

    public boolean isOpen() {
        return this != WON && this != LOST;
    }
}
