package io.adeplatform.portfolio.api;

import io.adeplatform.platform.security.RoleSets;
import io.adeplatform.portfolio.service.SteeringService;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.UUID;

/** Steering committee meetings; their decisions and action items are applied to the RAID log in the same commit. */
@Path("/api/engagements/{id}/steering-meetings")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SteeringMeetingResource extends CreatingResource {

    @Inject
    SteeringService steering;

    @POST
    @RolesAllowed(RoleSets.DELIVERY_WRITERS)
    public Response add(@PathParam("id") UUID id, @Valid @NotNull SteeringMeetingRequest request,
                        @HeaderParam("Idempotency-Key") String idempotencyKey) {
        // a record of what was decided: no updates, no version
        return recorded(idempotencyKey, request, () -> SteeringMeetingResponse.from(
                steering.record(id, request.date(), request.minutes(), user.username())), SteeringMeetingResponse::id);
    }

    @GET
    public List<SteeringMeetingResponse> list(@PathParam("id") UUID id) {
        return steering.list(id).stream().map(SteeringMeetingResponse::from).toList();
    }

    @GET
    @Path("{meetingId}")
    public SteeringMeetingResponse get(@PathParam("id") UUID id, @PathParam("meetingId") UUID meetingId) {
        return SteeringMeetingResponse.from(steering.get(id, meetingId));
    }
}
