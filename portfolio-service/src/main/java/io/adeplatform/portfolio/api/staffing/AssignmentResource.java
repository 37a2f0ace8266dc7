package io.adeplatform.portfolio.api.staffing;

import io.adeplatform.portfolio.api.EngagementResource.ApiDocs;
import io.adeplatform.platform.http.Page;
import io.adeplatform.platform.http.PageRequest;
import io.adeplatform.platform.persistence.IdempotentCreates;
import io.adeplatform.platform.security.CurrentUser;
import io.adeplatform.platform.security.RoleSets;
import io.adeplatform.portfolio.api.staffing.ResourceRequestResource.StaffingDocs;
import io.adeplatform.portfolio.service.staffing.AssignmentService;
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

/** Named people on a resource request; assignments are never updated. */
@Path("/api/engagements/{id}/resource-requests/{requestId}/assignments")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = StaffingDocs.TAG)
public class AssignmentResource {

    @Inject
    AssignmentService assignments;

    @Inject
    IdempotentCreates idempotent;

    @Inject
    CurrentUser user;

    @Context
    UriInfo uri;

    @POST
    @RolesAllowed(RoleSets.DELIVERY_WRITERS)
    @Operation(operationId = "createResourceAssignment", summary = "Assign a person to a resource request",
            description = ApiDocs.DELIVERY_WRITERS + "The request must be submitted or partially-filled (else 409 "
                    + "request-not-assignable) and the dates within its own (else 400). When the person's allocations "
                    + "on every engagement would pass 100 % on any day it is 409 over-allocation naming username, "
                    + "from, to and totalPercent, unless allowOverAllocation is true and the caller is an executive "
                    + "of the account or an admin (else 403); the override is recorded. The request becomes "
                    + "partially-filled, or filled once the allocations reach its FTE (publishes "
                    + "engagement.resource-request-filled).")
    @APIResponse(responseCode = "201", description = ApiDocs.CREATED,
            content = @Content(schema = @Schema(implementation = AssignmentResponse.class)))
    public Response create(@Parameter(description = ApiDocs.ENGAGEMENT_ID) @PathParam("id") UUID id,
                           @Parameter(description = StaffingDocs.REQUEST_ID) @PathParam("requestId") UUID requestId,
                           @Valid @NotNull AssignmentRequest request,
                           @Parameter(description = ApiDocs.IDEMPOTENCY_KEY) @HeaderParam("Idempotency-Key")
                           String idempotencyKey) {
        return idempotent.create(idempotencyKey, request, () -> {
            AssignmentResponse body = AssignmentResponse.from(
                    assignments.assign(id, requestId, request.booking(), user.username()));
            return Response.created(uri.getAbsolutePathBuilder().path(body.id().toString()).build()).entity(body)
                    .build();
        });
    }

    @GET
    @Operation(operationId = "listResourceAssignments", summary = "List the people on a resource request",
            description = ApiDocs.READERS + "By start date, then username.")
    public Page<AssignmentResponse> list(@Parameter(description = ApiDocs.ENGAGEMENT_ID) @PathParam("id") UUID id,
                                         @Parameter(description = StaffingDocs.REQUEST_ID) @PathParam("requestId")
                                         UUID requestId, @Valid @BeanParam PageRequest page) {
        return assignments.list(id, requestId, page).map(AssignmentResponse::from);
    }
}
