package io.adeplatform.portfolio.api.staffing;

import io.adeplatform.portfolio.api.EngagementResource.ApiDocs;
import io.adeplatform.platform.http.EntityVersions;
import io.adeplatform.platform.http.Page;
import io.adeplatform.platform.http.PageRequest;
import io.adeplatform.platform.persistence.IdempotentCreates;
import io.adeplatform.platform.security.CurrentUser;
import io.adeplatform.platform.security.RoleSets;
import io.adeplatform.portfolio.service.staffing.ResourcePlanService;
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
import jakarta.ws.rs.core.HttpHeaders;
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

/** An engagement's resource plan: its lines are resource requests, one role each. */
@Path("/api/engagements/{id}/resource-requests")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = ResourceRequestResource.StaffingDocs.TAG,
        description = ResourceRequestResource.StaffingDocs.TAG_DESCRIPTION)
public class ResourceRequestResource {

    @Inject
    ResourcePlanService plan;

    @Inject
    IdempotentCreates idempotent;

    @Inject
    CurrentUser user;

    @Context
    UriInfo uri;

    @POST
    @RolesAllowed(RoleSets.DELIVERY_WRITERS)
    @Operation(operationId = "createResourceRequest", summary = "Add a role to the resource plan",
            description = ApiDocs.DELIVERY_WRITERS + "A draft resource request: role (free text), skills, hoursPerMonth or "
                    + "fte (exactly one, else 400), cost rate per hour in the budget currency (else 422 "
                    + "currency-mismatch), dates within the engagement's (else 422 outside-engagement). 409 "
                    + "engagement-closed once the engagement is in closure.")
    @APIResponse(responseCode = "201", description = ApiDocs.CREATED,
            content = @Content(schema = @Schema(implementation = ResourceRequestResponse.class)))
    public Response create(@Parameter(description = ApiDocs.ENGAGEMENT_ID) @PathParam("id") UUID id,
                           @Valid @NotNull ResourceRequestRequest request,
                           @Parameter(description = ApiDocs.IDEMPOTENCY_KEY) @HeaderParam("Idempotency-Key")
                           String idempotencyKey) {
        return idempotent.created(idempotencyKey, request, uri, () -> ResourceRequestResponse.from(
                plan.create(id, request.plan(), user.username())));
    }

    @GET
    @Operation(operationId = "listResourceRequests", summary = "List the resource plan",
            description = ApiDocs.READERS + "The engagement's resource requests by start date, then role, each "
                    + "with its assignments.")
    public Page<ResourceRequestResponse> list(@Parameter(description = ApiDocs.ENGAGEMENT_ID) @PathParam("id")
                                              UUID id, @Valid @BeanParam PageRequest page) {
        return plan.list(id, page).map(ResourceRequestResponse::from);
    }

    @GET
    @Path("{requestId}")
    @Operation(operationId = "getResourceRequest", summary = "Read a resource request",
            description = ApiDocs.READERS + "The request with its assignments; its ETag is the If-Match of its "
                    + "next transition.")
    @APIResponse(responseCode = "200", description = "The request, with its ETag",
            content = @Content(schema = @Schema(implementation = ResourceRequestResponse.class)))
    public Response get(@Parameter(description = ApiDocs.ENGAGEMENT_ID) @PathParam("id") UUID id,
                        @Parameter(description = StaffingDocs.REQUEST_ID) @PathParam("requestId") UUID requestId) {
        return EntityVersions.ok(ResourceRequestResponse.from(plan.get(id, requestId)));
    }

    @POST
    @Path("{requestId}/transitions")
    @RolesAllowed(RoleSets.DELIVERY_WRITERS)
    @Operation(operationId = "transitionResourceRequest", summary = "Submit or cancel a resource request",
            description = ApiDocs.DELIVERY_WRITERS + "draft → submitted (publishes engagement.resource-request-submitted); "
                    + "draft, submitted or partially-filled → cancelled. partially-filled and filled follow from "
                    + "assignments; any other move is 409 illegal-transition naming from, to and the allowed targets.")
    @APIResponse(responseCode = "200", description = "The request in its new status, with its new ETag",
            content = @Content(schema = @Schema(implementation = ResourceRequestResponse.class)))
    public Response transition(@Parameter(description = ApiDocs.ENGAGEMENT_ID) @PathParam("id") UUID id,
                               @Parameter(description = StaffingDocs.REQUEST_ID) @PathParam("requestId") UUID requestId,
                               @Parameter(description = ApiDocs.IF_MATCH, required = true)
                               @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                               @Valid @NotNull ResourceRequestTransitionRequest request) {
        return EntityVersions.ok(ResourceRequestResponse.from(plan.transition(id, requestId,
                EntityVersions.expected(ifMatch), request.to(), user.username())));
    }

    /** The staffing area's own texts; the ones every engagement resource shares are {@link ApiDocs}. */
    static final class StaffingDocs {

        static final String TAG = "Engagement staffing";
        static final String TAG_DESCRIPTION = "The resource plan of an engagement: roles as resource requests (draft → "
                + "submitted → partially-filled → filled, or cancelled), named people assigned with an allocation "
                + "(a person above 100 % on any day is refused unless an executive allows it), the plan's cost at its "
                + "cost rates against the budget, and utilisation per person and per role.";
        static final String REQUEST_ID = "The resource request's id (one of this engagement's, else 404)";

        private StaffingDocs() {
        }
    }
}
