package io.adeplatform.consumption.domain;

import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A customer's record with an id of its own (goals, commitments, blockers; a subscription keeps the cloud's id). */
@MappedSuperclass
public abstract class CustomerRecord extends CustomerOwned {

    @Id
    public UUID id;

    /** Gives a new record its id, its customer and who created it when. */
    protected void created(UUID customer, OffsetDateTime now, String creator) {
        id = UUID.randomUUID();
        createdFor(customer, now, creator);
    }
}
