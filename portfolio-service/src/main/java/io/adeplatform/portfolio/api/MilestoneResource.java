package io.adeplatform.portfolio.api;

import io.adeplatform.platform.http.EntityVersions;
import io.adeplatform.platform.http.Page;
import io.adeplatform.platform.http.PageRequest;
import io.adeplatform.platform.security.RoleSets;
import io.adeplatform.portfolio.service.MilestoneService;
import io.adeplatform.portfolio.api.EngagementResource.ApiDocs;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** An engagement's milestones; accepting one publishes milestone-accepted (billing invoices billable ones). */
@Path("/api/engagements/{id}/milestones")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Engagement milestones", description = "Milestones of an engagement, billable when they have an amount: "
        + "planned → achieved → accepted (published for billing), waived on the way, or rejected at acceptance and "
        + "achieved again after rework.")
public class MilestoneResource extends CreatingResource {

    private static final String MILESTONE_ID = "The milestone's id (one of this engagement's, else 404)";

    @Inject
    MilestoneService milestones;

    @POST
    @RolesAllowed(RoleSets.DELIVERY_WRITERS)
    @Operation(operationId = "createEngagementMilestone", summary = "Plan a milestone",
            description = ApiDocs.DELIVERY_WRITERS + "Adds a planned milestone; with an amount (positive, in the "
                    + "engagement's budget currency, else 400 or 422 currency-mismatch) it is billable. Publishes "
                    + "engagement.milestone-planned. 409 engagement-closed once the engagement is in closure.")
    @APIResponse(responseCode = "201", description = ApiDocs.CREATED,
            content = @Content(schema = @Schema(implementation = MilestoneResponse.class)))
    public Response add(@Parameter(description = ApiDocs.ENGAGEMENT_ID) @PathParam("id") UUID id,
                        @Valid @NotNull MilestoneRequest request,
                        @Parameter(description = ApiDocs.IDEMPOTENCY_KEY) @HeaderParam("Idempotency-Key")
                        String idempotencyKey) {
        return idempotent.created(idempotencyKey, request, uri, () -> MilestoneResponse.from(
                milestones.add(id, request.name(), request.dueDate(), request.amount())));
    }

    @GET
    @Operation(operationId = "listEngagementMilestones", summary = "List an engagement's milestones",
            description = ApiDocs.READERS + "By due date, then name.")
    public Page<MilestoneResponse> list(@Parameter(description = ApiDocs.ENGAGEMENT_ID) @PathParam("id") UUID id,
                                        @Valid @BeanParam PageRequest page) {
        return milestones.list(id, page).map(MilestoneResponse::from);
    }

    @GET
    @Path("{milestoneId}")
    @Operation(operationId = "getEngagementMilestone", summary = "Read a milestone",
            description = ApiDocs.READERS + "The milestone; its ETag is the If-Match of its next transition.")
    @APIResponse(responseCode = "200", description = "The milestone, with its ETag",
            content = @Content(schema = @Schema(implementation = MilestoneResponse.class)))
    public Response get(@Parameter(description = ApiDocs.ENGAGEMENT_ID) @PathParam("id") UUID id,
                        @Parameter(description = MILESTONE_ID) @PathParam("milestoneId") UUID milestoneId) {
        return EntityVersions.ok(MilestoneResponse.from(milestones.get(id, milestoneId)));
    }

    @POST
    @Path("{milestoneId}/transitions")
    @RolesAllowed(RoleSets.DELIVERY_WRITERS)
    @Operation(operationId = "transitionEngagementMilestone", summary = "Move a milestone to another status",
            description = ApiDocs.DELIVERY_WRITERS + "planned → achieved → accepted; planned, achieved or "
                    + "rejected → waived; achieved → rejected (the customer refused it at acceptance) → achieved "
                    + "again. Any other "
                    + "move is 409 illegal-transition naming from, to and the allowed targets; 409 engagement-closed "
                    + "once the engagement is in closure. accepted publishes engagement.milestone-accepted (with the "
                    + "amount, for billing); every move refreshes the engagement's health.")
    @APIResponse(responseCode = "200", description = "The milestone in its new status, with its new ETag",
            content = @Content(schema = @Schema(implementation = MilestoneResponse.class)))
    public Response transition(@Parameter(description = ApiDocs.ENGAGEMENT_ID) @PathParam("id") UUID id,
                               @Parameter(description = MILESTONE_ID) @PathParam("milestoneId") UUID milestoneId,
                               @Parameter(description = ApiDocs.IF_MATCH, required = true)
                               @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                               @Valid @NotNull MilestoneTransitionRequest request) {
        return EntityVersions.ok(MilestoneResponse.from(milestones.transition(id, milestoneId,
                EntityVersions.expected(ifMatch), request.to(), user.username())));
    }
}
