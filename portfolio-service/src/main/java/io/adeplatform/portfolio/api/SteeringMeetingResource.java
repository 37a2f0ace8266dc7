package io.adeplatform.portfolio.api;

import io.adeplatform.platform.http.Page;
import io.adeplatform.platform.http.PageRequest;
import io.adeplatform.platform.security.RoleSets;
import io.adeplatform.portfolio.service.SteeringService;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** Steering committee meetings; their decisions and action items are applied to the RAID log in the same commit. */
@Path("/api/engagements/{id}/steering-meetings")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Engagement steering meetings", description = "Steering committee meetings of an engagement: attendees, "
        + "agenda, decisions that close or update RAID entries, and action items that become RAID actions. A record "
        + "of what was decided, never changed.")
public class SteeringMeetingResource extends CreatingResource {

    @Inject
    SteeringService steering;

    @POST
    @RolesAllowed(RoleSets.DELIVERY_WRITERS)
    @Operation(operationId = "createSteeringMeeting", summary = "Record a steering meeting",
            description = ApiDocs.DELIVERY_WRITERS + "In one transaction: a close decision closes the RAID entries it "
                    + "names, an update decision sets their status and/or due date (each noted in the entry's "
                    + "history), and every action item becomes an open RAID action (its id in actions[].raidItemId). A "
                    + "RAID id not on the engagement is 422 unknown-raid-item and nothing is stored; 409 "
                    + "engagement-closed once in closure. No ETag: a meeting never changes.")
    @APIResponse(responseCode = "201", description = ApiDocs.CREATED,
            content = @Content(schema = @Schema(implementation = SteeringMeetingResponse.class)))
    public Response add(@Parameter(description = ApiDocs.ENGAGEMENT_ID) @PathParam("id") UUID id,
                        @Valid @NotNull SteeringMeetingRequest request,
                        @Parameter(description = ApiDocs.IDEMPOTENCY_KEY) @HeaderParam("Idempotency-Key")
                        String idempotencyKey) {
        // a record of what was decided: no updates, no version
        return recorded(idempotencyKey, request, () -> SteeringMeetingResponse.from(
                steering.record(id, request.date(), request.minutes(), user.username())), SteeringMeetingResponse::id);
    }

    @GET
    @Operation(operationId = "listSteeringMeetings", summary = "List an engagement's steering meetings",
            description = ApiDocs.READERS + "By meeting date, then when recorded.")
    public Page<SteeringMeetingResponse> list(@Parameter(description = ApiDocs.ENGAGEMENT_ID) @PathParam("id") UUID id,
                                              @Valid @BeanParam PageRequest page) {
        return steering.list(id, page).map(SteeringMeetingResponse::from);
    }

    @GET
    @Path("{meetingId}")
    @Operation(operationId = "getSteeringMeeting", summary = "Read a steering meeting",
            description = ApiDocs.READERS + "The meeting with its decisions and actions.")
    public SteeringMeetingResponse get(@Parameter(description = ApiDocs.ENGAGEMENT_ID) @PathParam("id") UUID id,
                                       @Parameter(description = "The meeting's id (one of this engagement's, else 404)")
                                       @PathParam("meetingId") UUID meetingId) {
        return SteeringMeetingResponse.from(steering.get(id, meetingId));
    }
}
