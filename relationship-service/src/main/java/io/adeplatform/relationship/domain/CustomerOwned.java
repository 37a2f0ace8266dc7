package io.adeplatform.relationship.domain;

import io.adeplatform.platform.core.NotFound;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

import java.time.OffsetDateTime;
import java.util.UUID;

/** What every record kept about a customer has: its id, the customer, and who created it when. */
@MappedSuperclass
public abstract class CustomerOwned extends CreatedRecord {

    public UUID customerId;

    /** Gives a new record its id, customer and audit fields. */
    protected void created(UUID customerId, String by, OffsetDateTime at) {
        created(by, at);
        this.customerId = customerId;
    }

    /**
     * {@code found} when it belongs to this customer; otherwise the 404 a missing id gets (a path names the
     * customer and the record, and they must match).
     */
    public static <T extends CustomerOwned> T ofCustomer(T found, UUID customerId, String what, UUID id) {
        if (found == null || !found.customerId.equals(customerId)) {
            throw new NotFound(what, id);
        }
        return found;
    }

    protected static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
