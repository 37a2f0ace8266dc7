package io.adeplatform.relationship.domain;

import java.time.LocalDate;

/** An account-plan objective as a client writes it; a null status keeps the current one (not-started when new). */
public record ObjectiveDetails(String title, String description, ObjectiveStatus status, LocalDate targetDate) {
}
