package io.adeplatform.portfolio.api;

import io.adeplatform.platform.security.RoleSets;
import io.adeplatform.portfolio.service.MilestoneService;
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

/** An engagement's milestones; accepting one publishes milestone-accepted (billing invoices billable ones). */
@Path("/api/engagements/{id}/milestones")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MilestoneResource extends CreatingResource {

    @Inject
    MilestoneService milestones;

    @POST
    @RolesAllowed(RoleSets.DELIVERY_WRITERS)
    public Response add(@PathParam("id") UUID id, @Valid @NotNull MilestoneRequest request,
                        @HeaderParam("Idempotency-Key") String idempotencyKey) {
        return idempotent.created(idempotencyKey, request, uri, () -> MilestoneResponse.from(
                milestones.add(id, request.name(), request.dueDate(), request.amount())));
    }

    @GET
    public List<MilestoneResponse> list(@PathParam("id") UUID id) {
        return milestones.list(id).stream().map(MilestoneResponse::from).toList();
    }

    @POST
    @Path("{milestoneId}/transitions")
    @RolesAllowed(RoleSets.DELIVERY_WRITERS)
    public MilestoneResponse transition(@PathParam("id") UUID id, @PathParam("milestoneId") UUID milestoneId,
                                        @Valid @NotNull MilestoneTransitionRequest request) {
        return MilestoneResponse.from(milestones.transition(id, milestoneId, request.to(), user.username()));
    }
}
