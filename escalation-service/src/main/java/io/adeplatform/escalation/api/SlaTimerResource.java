package io.adeplatform.escalation.api;

import io.adeplatform.escalation.service.CurrentActor;
import io.adeplatform.escalation.service.SlaTimerService;
import io.adeplatform.escalation.service.SlaView;
import io.adeplatform.platform.http.EntityVersions;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/**
 * An escalation's SLA timers, its third dimension of state: measured now, paused and resumed. Their ETag is the
 * escalation's, since a pause changes the escalation's version.
 */
@Path("/api/escalations/{id}/sla")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Escalation SLA timers", description = "The acknowledge and resolve targets of an escalation measured "
        + "against the clock, excluding pauses, and the pauses themselves (running ⇄ paused)")
public class SlaTimerResource {

    @Inject
    SlaTimerService timers;

    @Inject
    CurrentActor actor;

    @GET
    @Operation(operationId = "getEscalationSla", summary = "Measure an escalation's SLA timers now",
            description = "Both targets with elapsed time excluding pauses, remaining time, percent used, state "
                    + "(ok, warning, breached), timer (running, paused, stopped) and due time, plus every pause. The "
                    + "ETag is the escalation's, the If-Match an SLA transition needs.")
    @APIResponse(responseCode = "200", description = "both targets measured now; ETag = the escalation's version",
            content = @Content(schema = @Schema(implementation = SlaResponse.class)))
    public Response sla(@Parameter(description = EscalationResource.ID) @PathParam("id") UUID id) {
        SlaView view = timers.sla(id);
        return EntityVersions.ok(SlaResponse.from(view), view.escalation().version);
    }

    @POST
    @Path("transitions")
    @Transactional // the response reads the escalation's watchers and pauses inside the use case's transaction
    @RolesAllowed(RoleSets.ACCOUNT_WRITERS)
    @Operation(operationId = "transitionEscalationSla", summary = "Pause or resume an escalation's SLA timers",
            description = "to=paused stops both timers with a reason (e.g. waiting for the customer); to=running "
                    + "resumes them, the reason then an optional note (account writers). Paused time does not count "
                    + "against the targets. 409 already-paused, not-paused, or escalation-not-active when resolved or "
                    + "closed. On the timeline as an sla-event; publishes no event.")
    @APIResponse(responseCode = "200", description = "the escalation (paused flag) and its new ETag",
            content = @Content(schema = @Schema(implementation = EscalationResponse.class)))
    public Response transition(@Parameter(description = EscalationResource.ID) @PathParam("id") UUID id,
                               @Parameter(description = EscalationResource.IF_MATCH, required = true)
                               @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                               @Valid @NotNull SlaTransitionRequest request) {
        return EscalationResource.ok(timers.transition(id, EntityVersions.expected(ifMatch), request.to(),
                request.reason(), actor.get()));
    }
}
