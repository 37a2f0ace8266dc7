package io.adeplatform.billing.api;

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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/**
 * The customers this service knows from relationship.customer.events, with their account teams. The platform's
 * methods are re-declared only to name and describe them in this service's document (operation ids are unique
 * across the platform, so each service names its own).
 */
@Path("/api/billing/customer-projections")
@Authenticated
@Tag(name = "Billing customer projection", description = "billing-service's copy of relationship-service's customers "
        + "and account teams, which decides who sees which contracts, invoices and time entries.")
public class BillingCustomerResource extends CustomerProjectionResource {

    @GET
    @Path("{customerId}")
    @Override
    @Operation(operationId = "getBillingCustomerProjection", summary = "Read billing's copy of a customer",
            description = "Any member of the customer's account team reads what billing-service knows of the customer "
                    + "(attributes, status, account team); another team's or an unknown customer is a 404.")
    public CustomerView get(@Parameter(description = "relationship-service's customer id.") @PathParam("customerId") UUID customerId) {
        return super.get(customerId);
    }

    @POST
    @Path("rebuild")
    @RolesAllowed("admin")
    @Override
    @Operation(operationId = "rebuildBillingCustomerProjection", summary = "Rebuild billing's customer projection",
            description = "Admins only: rebuilds billing-service's customer projection from scratch out of "
                    + "relationship.customer-state.events (after a restore, or to repair it).")
    public CustomerProjectionRebuild.Result rebuild() {
        return super.rebuild();
    }
}
