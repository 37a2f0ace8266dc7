package io.adeplatform.platform.references;

import io.adeplatform.platform.security.CrossCustomerEvents;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/** The projection of "id → owning customer" for ids other services own. */
@ApplicationScoped
public class CustomerReferences implements PanacheRepositoryBase<CustomerReference, CustomerReference.Key> {

    public static final String ENGAGEMENT = "engagement";
    public static final String MILESTONE = "milestone";

    /** The customer owning this id, or null when this service has not (yet) heard of it. */
    public UUID ownerOf(String kind, UUID id) {
        CustomerReference reference = findById(new CustomerReference.Key(kind, id));
        return reference == null ? null : reference.customerId;
    }

    /**
     * Remembers the owner of an id the first time an event names it. An id never changes customer: an event naming
     * a known id with another customer is dropped and logged ({@link CrossCustomerEvents}), so false.
     */
    public boolean record(String event, String kind, UUID id, UUID customerId) {
        UUID owner = ownerOf(kind, id);
        if (owner == null) {
            CustomerReference reference = new CustomerReference();
            reference.kind = kind;
            reference.id = id;
            reference.customerId = customerId;
            persist(reference);
            return true;
        }
        return CrossCustomerEvents.sameCustomer(event, kind, id, owner, customerId);
    }
}
