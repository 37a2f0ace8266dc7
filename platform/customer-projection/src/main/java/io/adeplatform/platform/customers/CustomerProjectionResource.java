package io.adeplatform.platform.customers;

import io.adeplatform.platform.core.NotFound;
import io.adeplatform.platform.security.AccountAccess;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.annotation.security.RolesAllowed;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Shows what this service knows of a customer, so operators and tests can see the projection. Each service
 * exposes it under its own path prefix by subclassing with a {@code @Path}.
 */
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public abstract class CustomerProjectionResource {

    public record TeamMemberView(String username, String role) {
    }

    public record CustomerView(UUID id, String name, String segment, String tier, String industry, String region,
                               String status, List<TeamMemberView> accountTeam) {
    }

    @Inject
    ProjectedCustomers customers;

    @Inject
    AccountAccess access;

    @Inject
    CustomerProjectionRebuild rebuild;

    /**
     * Rebuilds this service's projection from scratch out of relationship.customer-state.events (admins only): for a
     * projection restored from a backup, after relationship-service was restored, or to repair one by hand.
     */
    @POST
    @Path("rebuild")
    @RolesAllowed("admin")
    // Quarkus documents no requirement for a method a resource inherits (the platform's filter would then list every
    // user role): stated here, so the document says admin like the check does
    @SecurityRequirement(name = "bearer", scopes = "admin")
    public CustomerProjectionRebuild.Result rebuild() {
        return rebuild.rebuild();
    }

    @GET
    @Path("{customerId}")
    public CustomerView get(@PathParam("customerId") UUID customerId) {
        access.requireVisible(customerId);
        ProjectedCustomer customer = customers.findByIdOptional(customerId)
                .orElseThrow(() -> new NotFound("customer", customerId));
        return new CustomerView(customer.id, customer.name, customer.segment, customer.tier, customer.industry,
                customer.region, customer.status, customer.accountTeam.stream()
                .map(m -> new TeamMemberView(m.username, m.accountRole))
                .sorted(Comparator.comparing(TeamMemberView::username))
                .toList());
    }
}
