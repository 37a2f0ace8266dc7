package io.adeplatform.billing.domain;

/** How a contract line is billed: hours at rate-card prices, an installment schedule, or accepted milestones. */
public enum BillingMethod {
    TIME_AND_MATERIALS, FIXED_FEE, MILESTONE
}
