package io.adeplatform.consumption.api;

import io.adeplatform.platform.customers.CustomerProjectionResource;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Path;

/** The customers this service knows from relationship.customer.events, with their account teams. */
@Path("/api/consumption/customers")
@Authenticated
public class ConsumptionCustomerResource extends CustomerProjectionResource {
}
