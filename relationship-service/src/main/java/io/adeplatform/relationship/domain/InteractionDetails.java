package io.adeplatform.relationship.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A contact as a client records it. */
public record InteractionDetails(InteractionType type, LocalDate date, List<UUID> stakeholderIds, String summary,
                                 String outcome, String nextStep) {
}
