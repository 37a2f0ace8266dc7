package io.adeplatform.relationship.domain;

/** How a stakeholder stands towards us, best first. */
public enum Stance {
    CHAMPION, SUPPORTER, NEUTRAL, SKEPTIC, DETRACTOR
}
