package io.adeplatform.portfolio.api;

import io.adeplatform.platform.http.EntityVersions;
import io.adeplatform.platform.http.Page;
import io.adeplatform.platform.http.PageRequest;
import io.adeplatform.platform.http.QueryParams;
import io.adeplatform.platform.security.RoleSets;
import io.adeplatform.portfolio.domain.RaidStatus;
import io.adeplatform.portfolio.domain.RaidType;
import io.adeplatform.portfolio.service.RaidService;
import io.adeplatform.portfolio.api.EngagementResource.ApiDocs;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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

/**
 * The RAID log of an engagement. An entry's answer holds its history, a lazy association: the writes that answer
 * with it run in one transaction with their use case, so the history is read before the session closes.
 */
@Path("/api/engagements/{id}/raid")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Engagement RAID log", description = "Risks, assumptions, issues, dependencies, decisions and actions "
        + "of an engagement, each with owner, due date, status (open, in-progress, closed) and its history; a risk "
        + "has probability × impact (its exposure) and may be converted into an issue.")
public class RaidResource extends CreatingResource {

    private static final String ITEM_ID = "The RAID entry's id (one of this engagement's, else 404)";

    @Inject
    RaidService raid;

    @POST
    @RolesAllowed(RoleSets.DELIVERY_WRITERS)
    @Operation(operationId = "createRaidItem", summary = "Add a RAID entry",
            description = ApiDocs.DELIVERY_WRITERS + "An open entry; a risk needs probability and impact, an action a "
                    + "due date (400 otherwise). Open issues of category change count against scope, of category "
                    + "quality against quality (the engagement's health is refreshed and engagement.health-changed "
                    + "published when overall changes). 409 engagement-closed once the engagement is in closure.")
    @APIResponse(responseCode = "201", description = ApiDocs.CREATED,
            content = @Content(schema = @Schema(implementation = RaidResponse.class)))
    public Response add(@Parameter(description = ApiDocs.ENGAGEMENT_ID) @PathParam("id") UUID id,
                        @Valid @NotNull RaidRequest request,
                        @Parameter(description = ApiDocs.IDEMPOTENCY_KEY) @HeaderParam("Idempotency-Key")
                        String idempotencyKey) {
        return idempotent.created(idempotencyKey, request, uri,
                () -> RaidResponse.from(raid.create(id, request.type(), request.details(), user.username())));
    }

    @GET
    @Operation(operationId = "listRaidItems", summary = "List an engagement's RAID entries",
            description = ApiDocs.READERS + "Oldest first, each with its history, narrowed to a type and/or a status.")
    public Page<RaidResponse> list(@Parameter(description = ApiDocs.ENGAGEMENT_ID) @PathParam("id") UUID id,
                                   @Parameter(description = "Only entries of this type",
                                           schema = @Schema(implementation = RaidType.class))
                                   @QueryParam("type") String type,
                                   @Parameter(description = "Only entries in this status",
                                           schema = @Schema(implementation = RaidStatus.class))
                                   @QueryParam("status") String status,
                                   @Valid @BeanParam PageRequest page) {
        return raid.list(id, QueryParams.enumValue(RaidType.class, "type", type),
                QueryParams.enumValue(RaidStatus.class, "status", status), page).map(RaidResponse::from);
    }

    @GET
    @Path("overdue-actions")
    @Operation(operationId = "listOverdueRaidActions", summary = "List an engagement's overdue actions",
            description = ApiDocs.READERS + "RAID actions not closed whose due date has passed, oldest due date first.")
    public Page<RaidResponse> overdueActions(@Parameter(description = ApiDocs.ENGAGEMENT_ID) @PathParam("id") UUID id,
                                             @Valid @BeanParam PageRequest page) {
        return raid.overdueActions(id, page).map(RaidResponse::from);
    }

    @GET
    @Path("{itemId}")
    @Operation(operationId = "getRaidItem", summary = "Read a RAID entry",
            description = ApiDocs.READERS + "The entry with its whole history (who changed what, when); the ETag is "
                    + "the If-Match of its next update or transition.")
    @APIResponse(responseCode = "200", description = "The entry, with its ETag",
            content = @Content(schema = @Schema(implementation = RaidResponse.class)))
    public Response get(@Parameter(description = ApiDocs.ENGAGEMENT_ID) @PathParam("id") UUID id,
                        @Parameter(description = ITEM_ID) @PathParam("itemId") UUID itemId) {
        return EntityVersions.ok(RaidResponse.from(raid.get(id, itemId)));
    }

    @PUT
    @Path("{itemId}")
    @RolesAllowed(RoleSets.DELIVERY_WRITERS)
    @Transactional
    @Operation(operationId = "updateRaidItem", summary = "Change a RAID entry's details",
            description = ApiDocs.DELIVERY_WRITERS + "Replaces title, description, category, owner, due date, "
                    + "probability and impact (the status moves by its transitions); each change is written to the "
                    + "history and the engagement's health refreshed. 409 engagement-closed once in closure.")
    @APIResponse(responseCode = "200", description = "The changed entry, with its new ETag",
            content = @Content(schema = @Schema(implementation = RaidResponse.class)))
    public Response update(@Parameter(description = ApiDocs.ENGAGEMENT_ID) @PathParam("id") UUID id,
                           @Parameter(description = ITEM_ID) @PathParam("itemId") UUID itemId,
                           @Parameter(description = ApiDocs.IF_MATCH, required = true)
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull RaidUpdateRequest request) {
        return EntityVersions.ok(RaidResponse.from(raid.update(id, itemId, EntityVersions.expected(ifMatch),
                request.details(), user.username())));
    }

    @POST
    @Path("{itemId}/transitions")
    @RolesAllowed(RoleSets.DELIVERY_WRITERS)
    @Transactional
    @Operation(operationId = "transitionRaidItem", summary = "Move a RAID entry to another status, or a risk to an issue",
            description = ApiDocs.DELIVERY_WRITERS + "to open, in-progress or closed: any status other than the "
                    + "current one (a closed entry may be reopened; the same status is 409 illegal-transition naming "
                    + "from, to and the allowed targets). to issue: an open or in-progress risk becomes an issue, the "
                    + "same entry and id with its history and convertedFrom: risk (409 not-a-risk, 409 raid-closed "
                    + "otherwise). The move and its reason are written to the history and the engagement's health "
                    + "refreshed; 409 engagement-closed once the engagement is in closure.")
    @APIResponse(responseCode = "200", description = "The moved entry, with its new ETag",
            content = @Content(schema = @Schema(implementation = RaidResponse.class)))
    public Response transition(@Parameter(description = ApiDocs.ENGAGEMENT_ID) @PathParam("id") UUID id,
                               @Parameter(description = ITEM_ID) @PathParam("itemId") UUID itemId,
                               @Parameter(description = ApiDocs.IF_MATCH, required = true)
                               @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                               @Valid @NotNull RaidTransitionRequest request) {
        return EntityVersions.ok(RaidResponse.from(raid.transition(id, itemId, EntityVersions.expected(ifMatch),
                request.to(), request.reason(), user.username())));
    }
}
