package io.adeplatform.escalation.api;

import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import io.adeplatform.platform.http.EntityVersions;
import io.adeplatform.escalation.service.CurrentActor;
import io.adeplatform.escalation.service.SlaTimerService;
import io.adeplatform.platform.security.RoleSets;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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

import java.util.UUID;

/** An escalation's SLA timers: pause, resume (If-Match optional, checked when present) and measure them now. */
@Path("/api/escalations/{id}")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SlaTimerResource {

    @Inject
    SlaTimerService timers;

    @Inject
    CurrentActor actor;

    @POST
    @Path("pause")
    @Transactional // the response reads the escalation's watchers and pauses inside the use case's transaction
    @RolesAllowed(RoleSets.ACCOUNT_WRITERS)
    @Operation(summary = "Pause the SLA timers with a reason (e.g. waiting for customer)")
    public Response pause(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                          @Valid @NotNull PauseRequest request) {
        return EscalationResource.ok(timers.pause(id, EntityVersions.expectedIfSent(ifMatch), request.reason(),
                actor.get()));
    }

    @POST
    @Path("resume")
    @Transactional
    @RolesAllowed(RoleSets.ACCOUNT_WRITERS)
    @Operation(summary = "Resume paused SLA timers (body optional)")
    public Response resume(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @RequestBody(required = false) @Valid ResumeRequest request) {
        return EscalationResource.ok(timers.resume(id, EntityVersions.expectedIfSent(ifMatch),
                request == null ? null : request.note(), actor.get()));
    }

    @GET
    @Path("sla")
    @Operation(summary = "SLA targets, elapsed time excluding pauses, remaining, percent used and state")
    public SlaResponse sla(@PathParam("id") UUID id) {
        return SlaResponse.from(timers.sla(id));
    }
}
