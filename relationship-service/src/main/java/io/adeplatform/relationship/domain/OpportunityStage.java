package io.adeplatform.relationship.domain;

/**
 * An opportunity beyond the current contract: identified → qualified → proposed → won or lost. An open opportunity
 * can be lost at any stage; won and lost are final.
 */
public enum OpportunityStage {
    IDENTIFIED, QUALIFIED, PROPOSED, WON, LOST;

    public boolean canMoveTo(OpportunityStage next) {
        return switch (this) {
            case IDENTIFIED -> next == QUALIFIED || next == LOST;
            case QUALIFIED -> next == PROPOSED || next == LOST;
            case PROPOSED -> next == WON || next == LOST;
            case WON, LOST -> false;
        };
    }

    public boolean isOpen() {
        return this != WON && this != LOST;
    }
}
