package io.adeplatform.relationship.domain;

import io.adeplatform.platform.core.Money;

import java.time.LocalDate;

/** An opportunity as a client writes it; its stage moves separately. */
public record OpportunityDetails(String name, String description, Money estimatedValue, LocalDate expectedCloseDate) {
}
