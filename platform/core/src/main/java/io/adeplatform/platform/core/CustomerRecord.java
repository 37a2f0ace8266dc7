package io.adeplatform.platform.core;

import jakarta.persistence.MappedSuperclass;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A record kept about one customer, whose account team may see it (column {@code customer_id}). */
@MappedSuperclass
public abstract class CustomerRecord extends CreatedRecord {

    public UUID customerId;

    /** A new record of this customer: a fresh id, by whom and when. */
    protected void created(UUID customerId, String by, OffsetDateTime at) {
        created(by, at);
        this.customerId = customerId;
    }

    /**
     * {@code found} when it belongs to this customer; otherwise the 404 a missing id gets (a path that names a
     * customer and one of its records must name both right).
     */
    public static <T extends CustomerRecord> T ofCustomer(T found, UUID customerId, String what, Object id) {
        if (found == null || !found.customerId.equals(customerId)) {
            throw new NotFound(what, id);
        }
        return found;
    }
}
