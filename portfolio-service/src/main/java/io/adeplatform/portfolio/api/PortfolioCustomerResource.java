package io.adeplatform.portfolio.api;

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
 * re-declared so the document carries this service's own operation ids (every service inherits the same methods).
 */
@Path("/api/portfolio/customer-projections")
@Authenticated
@Tag(name = "Portfolio customer projection", description = "portfolio-service's copy of the customers and their "
        + "account teams, built from relationship-service's events; it decides who sees which engagements.")
public class PortfolioCustomerResource extends CustomerProjectionResource {

    @Override
    @GET
    @Path("{customerId}")
    @Operation(operationId = "getPortfolioCustomerProjection", summary = "Read portfolio-service's copy of a customer",
            description = "Members of the customer's account team and admins; anyone else gets 404, as for a "
                    + "customer this service has not heard of. The customer with its account team, as projected.")
    public CustomerView get(@Parameter(description = "The customer's id") @PathParam("customerId") UUID customerId) {
        return super.get(customerId);
    }

    @Override
    @POST
    @Path("rebuild")
    @RolesAllowed("admin")
    @SecurityRequirement(name = "bearer", scopes = "admin")
    @Operation(operationId = "rebuildPortfolioCustomerProjection", summary = "Rebuild the customer projection",
            description = "Admins only. Rebuilds portfolio-service's projection from scratch out of the compacted "
                    + "relationship.customer-state.events topic: after a restore, or to repair it by hand.")
    public CustomerProjectionRebuild.Result rebuild() {
        return super.rebuild();
    }
}
