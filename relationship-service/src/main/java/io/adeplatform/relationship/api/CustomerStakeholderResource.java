package io.adeplatform.relationship.api;

import io.adeplatform.platform.http.Page;
import io.adeplatform.platform.http.PageRequest;
import io.adeplatform.platform.http.QueryParams;
import io.adeplatform.platform.security.RoleSets;
import io.adeplatform.relationship.domain.RoleType;
import io.adeplatform.relationship.service.StakeholderService;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.UUID;

/** A customer's stakeholders; each one lives on at /api/stakeholders/{id}. */
@Path("/api/customers/{customerId}/stakeholders")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CustomerStakeholderResource extends WritingResource {

    @Inject
    StakeholderService service;

    @POST
    @RolesAllowed(RoleSets.DELIVERY_WRITERS)
    @Operation(summary = "Add a stakeholder; Location is /api/stakeholders/{id}")
    public Response create(@PathParam("customerId") UUID customerId, @Valid @NotNull StakeholderRequest request,
                           @HeaderParam("Idempotency-Key") String idempotencyKey, @Context UriInfo uri) {
        return idempotent.create(idempotencyKey, request, () -> StakeholderResource.created(uri,
                StakeholderResponse.from(service.create(customerId, request.details(), user.username()))));
    }

    @GET
    @Operation(summary = "The customer's stakeholders, by name; filters roleType and active")
    public Page<StakeholderResponse> list(@PathParam("customerId") UUID customerId, @QueryParam("roleType") String roleType,
                                          @QueryParam("active") String active, @Valid @BeanParam PageRequest page) {
        return (service.list(customerId, QueryParams.enumValue(RoleType.class, "roleType", roleType),
                QueryParams.bool("active", active), page)).map(StakeholderResponse::from);
    }
}
