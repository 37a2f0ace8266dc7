package io.adeplatform.relationship.domain;

/** Relationship health band: red below 50, amber below 75, green from 75. */
public enum HealthBand {
    RED, AMBER, GREEN
}
