package io.adeplatform.billing.domain;

/** The parts a month of the revenue forecast is made of, shown apart; the month's total is their sum. */
public enum ForecastPart {
    /** Revenue recognized in the month (approved time by work date, milestones by acceptance, fixed-fee progress). */
    RECOGNISED,
    /** Milestones of signed or active contracts not accepted yet, by the due date portfolio planned. */
    MILESTONES,
    /** What fixed-fee lines of signed or active contracts have not recognized yet, by their schedule's due dates. */
    FIXED_FEE,
    /** Time-and-materials lines of signed or active contracts at their run-rate, up to what is left of them. */
    TIME_AND_MATERIALS,
    /** Open opportunities: estimated value × probability, in the month they are expected to close. */
    WEIGHTED_PIPELINE
}
