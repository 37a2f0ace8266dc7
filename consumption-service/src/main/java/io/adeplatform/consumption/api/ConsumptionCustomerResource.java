package io.adeplatform.consumption.api;

import io.adeplatform.platform.customers.CustomerProjectionRebuild;
import io.adeplatform.platform.customers.CustomerProjectionResource;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/**
 * The customers this service knows from relationship.customer.events, with their account teams. Both operations are
 * re-declared (calling the platform's) only to give them this service's operationIds: each service's copy of the
 * projection needs ids of its own in the merged document.
 */
@Path("/api/consumption/customer-projections")
@Authenticated
@Tag(name = "Consumption customer projection",
        description = "consumption-service's copy of the customers and their account teams, fed by relationship-service's events")
public class ConsumptionCustomerResource extends CustomerProjectionResource {

    @GET
    @Path("{customerId}")
    @Override
    @Operation(operationId = "getConsumptionCustomerProjection", summary = "Read consumption-service's copy of a customer",
            description = "The customer and its account team as consumption-service projected them from "
                    + "relationship.customer.events. Any platform user on the customer's account team, or an admin; "
                    + "404 for everyone else. Changes nothing.")
    public CustomerView get(@Parameter(description = "The customer's id") @PathParam("customerId") UUID customerId) {
        return super.get(customerId);
    }

    @POST
    @Path("rebuild")
    @RolesAllowed("admin")
    @SecurityRequirement(name = "bearer", scopes = "admin")
    @Override
    @Operation(operationId = "rebuildConsumptionCustomerProjection", summary = "Rebuild the customer projection",
            description = "Admins only. Replaces consumption-service's customer projection with the latest state of "
                    + "every customer read from the compacted relationship.customer-state.events (after a restore, or "
                    + "to repair it). Publishes nothing; 409 customer-state-empty when the topic holds no state.")
    public CustomerProjectionRebuild.Result rebuild() {
        return super.rebuild();
    }
}
