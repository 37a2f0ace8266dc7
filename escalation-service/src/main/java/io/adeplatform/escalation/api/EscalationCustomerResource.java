package io.adeplatform.escalation.api;

import io.adeplatform.platform.customers.CustomerProjectionRebuild;
import io.adeplatform.platform.customers.CustomerProjectionResource;
import io.adeplatform.platform.security.Roles;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/**
 * This service's copy of the customers it knows from relationship.customer.events, with their account teams. Both
 * methods are re-declared only to document them under this service's own operation ids (inherited methods would
 * share one id across the platform's services); the platform class does the work.
 */
@Path("/api/escalations/customer-projections")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Escalation customer projection", description = "What escalation-service knows of each customer "
        + "(attributes, status, account team): the copy its visibility checks use")
public class EscalationCustomerResource extends CustomerProjectionResource {

    @GET
    @Path("{customerId}")
    @Operation(operationId = "getEscalationCustomerProjection", summary = "Read escalation-service's copy of a customer",
            description = "The customer as this service projects it from relationship's events, with its account "
                    + "team; 404 when the caller is not on its account team (admins see all) or it is not known here.")
    @Override
    public CustomerView get(@Parameter(description = "the customer's id") @PathParam("customerId") UUID customerId) {
        return super.get(customerId);
    }

    @POST
    @Path("rebuild")
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = "bearer", scopes = "admin")
    @Operation(operationId = "rebuildEscalationCustomerProjections", summary = "Rebuild the customer projection",
            description = "Admins only: rebuilds every customer of this service's projection from scratch out of "
                    + "relationship.customer-state.events (after a restore, or to repair it). Readers see the old "
                    + "projection until the rebuild commits.")
    @Override
    public CustomerProjectionRebuild.Result rebuild() {
        return super.rebuild();
    }
}
