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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

import static io.adeplatform.platform.http.ApiParameters.CUSTOMER_ID;
import static io.adeplatform.platform.http.ApiParameters.IDEMPOTENCY_KEY;
import static io.adeplatform.relationship.api.DocumentedParams.WRITERS;

/** A customer's stakeholders; each one lives on at /api/stakeholders/{id}. */
@Path("/api/customers/{customerId}/stakeholders")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = StakeholderResource.TAG, description = StakeholderResource.TAG_DESCRIPTION)
public class CustomerStakeholderResource extends WritingResource {

    @Inject
    StakeholderService service;

    @POST
    @RolesAllowed(RoleSets.DELIVERY_WRITERS)
    @Operation(operationId = "createStakeholder", summary = "Add a stakeholder at a customer",
            description = WRITERS + " reportsToId must name another stakeholder of the same customer (422 "
                    + "invalid-reports-to). Answers 201 with Location /api/stakeholders/{id} and ETag; the customer's "
                    + "relationship health is recomputed.")
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(schema = @Schema(implementation = StakeholderResponse.class)))
    public Response create(@Parameter(description = CUSTOMER_ID) @PathParam("customerId") UUID customerId,
                           @Valid @NotNull StakeholderRequest request,
                           @Parameter(description = IDEMPOTENCY_KEY) @HeaderParam("Idempotency-Key") String idempotencyKey,
                           @Context UriInfo uri) {
        return idempotent.create(idempotencyKey, request, () -> StakeholderResource.created(uri,
                StakeholderResponse.from(service.create(customerId, request.details(), user.username()))));
    }

    @GET
    @Operation(operationId = "listStakeholders", summary = "List a customer's stakeholders",
            description = "Any role on the customer's account team (or admin). By name, paginated.")
    public Page<StakeholderResponse> list(@Parameter(description = CUSTOMER_ID)
                                          @PathParam("customerId") UUID customerId,
                                          @Parameter(description = "Only this role type, e.g. cio")
                                          @QueryParam("roleType") String roleType,
                                          @Parameter(description = "Only active (true) or inactive (false) stakeholders")
                                          @QueryParam("active") String active,
                                          @Valid @BeanParam PageRequest page) {
        return (service.list(customerId, QueryParams.enumValue(RoleType.class, "roleType", roleType),
                QueryParams.bool("active", active), page)).map(StakeholderResponse::from);
    }
}
