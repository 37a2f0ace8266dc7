package io.adeplatform.escalation.api;

import io.adeplatform.escalation.service.CurrentActor;
import io.adeplatform.escalation.service.LevelChangeService;
import io.adeplatform.escalation.service.StatusTransitionService;
import io.adeplatform.platform.core.ExpectedVersion;
import io.adeplatform.platform.http.EntityVersions;
import io.adeplatform.platform.security.RoleSets;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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

/**
 * Status moves and level changes. If-Match is optional here and checked when present. Each method runs in one
 * transaction with its use case, so the response reads the escalation's watchers and pauses before it detaches.
 */
@Path("/api/escalations/{id}")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EscalationLifecycleResource {

    @Inject
    StatusTransitionService transitions;

    @Inject
    LevelChangeService levels;

    @Inject
    CurrentActor actor;

    @POST
    @Path("transitions")
    @Transactional
    @RolesAllowed(RoleSets.ACCOUNT_WRITERS)
    @Operation(summary = "Move the escalation to another status with a note; resolving needs a root-cause analysis",
            description = "open → acknowledged → investigating → mitigated → resolved → closed; mitigated ↔ investigating; "
                    + "investigating → resolved; resolved/closed → investigating reopens. Illegal moves are 409. "
                    + "If-Match is optional and checked when present.")
    public Response transition(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                               @Valid @NotNull TransitionRequest request) {
        return EscalationResource.ok(transitions.transition(id, EntityVersions.expectedIfSent(ifMatch), request.to(), request.note(),
                request.rootCause() == null ? null : request.rootCause().toRootCause(), actor.get()));
    }

    @POST
    @Path("level")
    @Transactional
    @RolesAllowed(RoleSets.ACCOUNT_WRITERS)
    @Operation(summary = "Raise or lower the level (L1 team, L2 ADE, L3 executive) with a reason",
            description = "Lowering needs the role that set the current level or a higher one "
                    + "(delivery-manager = finance < executive = system < admin).")
    public Response level(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                          @Valid @NotNull LevelChangeRequest request) {
        return EscalationResource.ok(levels.changeLevel(id, EntityVersions.expectedIfSent(ifMatch), request.to(), request.reason(),
                actor.get()));
    }

}
