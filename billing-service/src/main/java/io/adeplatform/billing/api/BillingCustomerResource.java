package io.adeplatform.billing.api;

import io.adeplatform.platform.customers.CustomerProjectionResource;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Path;

/** The customers this service knows from relationship.customer.events, with their account teams. */
@Path("/api/billing/customers")
@Authenticated
public class BillingCustomerResource extends CustomerProjectionResource {
}
