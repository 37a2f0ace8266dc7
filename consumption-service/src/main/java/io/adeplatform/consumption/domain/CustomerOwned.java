package io.adeplatform.consumption.domain;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * What every record a customer owns carries: the customer (whose account team may see it), who created it and when,
 * and its version (the ETag that If-Match is checked against).
 */
@MappedSuperclass
public abstract class CustomerOwned {

    public UUID customerId;

    public OffsetDateTime createdAt;

    public String createdBy;

    @Version
    public long version;

    protected void createdFor(UUID customer, OffsetDateTime now, String creator) {
        customerId = customer;
        createdAt = now;
        createdBy = creator;
    }

    /** {@code found} when it is this customer's record; null when it is missing or another customer's. */
    public static <T extends CustomerOwned> T ofCustomer(T found, UUID customerId) {
        return found != null && found.customerId.equals(customerId) ? found : null;
    }
}
