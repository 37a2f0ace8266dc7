package io.adeplatform.relationship.domain.cadence;

import java.time.LocalDate;
import java.util.UUID;

/** An active customer as its cadence needs it: the day it was registered starts QBRs and briefings never held. */
public record CadenceCustomer(UUID id, String name, LocalDate registeredOn) {
}
