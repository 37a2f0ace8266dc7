package io.adeplatform.escalation.api;

import io.adeplatform.platform.customers.CustomerProjectionResource;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Path;

import java.util.UUID;

/** The customers this service knows from relationship.customer.events, with their account teams. */
@Path("/api/escalations/customers")
@Authenticated
public class EscalationCustomerResource extends CustomerProjectionResource {

    /**
     * Declared here (JAX-RS annotations are inherited) only so the OpenAPI document sees the security requirement:
     * Quarkus documents it for methods declared in an annotated class, not for inherited ones.
     */
    @Override
    public CustomerView get(UUID customerId) {
        return super.get(customerId);
    }
}
