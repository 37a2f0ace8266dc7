package io.adeplatform.relationship.domain;

/** A stakeholder's kind of role at the customer. */
public enum RoleType {
    CIO, CTO, CISO, CFO, CEO, IT_DIRECTOR, LOB_LEADER, TECHNOLOGY_PROFESSIONAL, PROCUREMENT, OTHER
}
