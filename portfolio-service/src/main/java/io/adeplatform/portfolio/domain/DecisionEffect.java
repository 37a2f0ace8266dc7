package io.adeplatform.portfolio.domain;

/** What a steering committee decision does to the RAID entries it refers to. */
public enum DecisionEffect {
    /** Closes them (the decision settles them). */
    CLOSE,
    /** Changes their status and/or due date as the decision says, and notes the decision in their history. */
    UPDATE
}
