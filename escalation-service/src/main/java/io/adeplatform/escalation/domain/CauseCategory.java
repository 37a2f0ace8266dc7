package io.adeplatform.escalation.domain;

/** The root-cause category a resolution names. On the wire: lower-case with hyphens. */
public enum CauseCategory {
    PROCESS,
    PEOPLE,
    TECHNOLOGY,
    THIRD_PARTY,
    REQUIREMENTS,
    CAPACITY,
    COMMUNICATION,
    CUSTOMER_ENVIRONMENT,
    OTHER
}
