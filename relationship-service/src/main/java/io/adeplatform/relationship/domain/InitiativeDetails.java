package io.adeplatform.relationship.domain;

import java.time.LocalDate;
import java.util.UUID;

/** An account-plan initiative as a client writes it; a null status keeps the current one (planned when new). */
public record InitiativeDetails(String name, String description, UUID objectiveId, String owner,
                                InitiativeStatus status, LocalDate dueDate) {
}
