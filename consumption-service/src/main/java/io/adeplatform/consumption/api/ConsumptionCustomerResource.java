package io.adeplatform.consumption.api;

import io.adeplatform.platform.customers.CustomerProjectionResource;
import jakarta.ws.rs.Path;

/** The customers this service knows from relationship.customer.events, with their account teams. */
@Path("/api/consumption/customers")
public class ConsumptionCustomerResource extends CustomerProjectionResource {
}
