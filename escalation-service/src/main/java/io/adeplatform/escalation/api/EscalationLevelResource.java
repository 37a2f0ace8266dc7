package io.adeplatform.escalation.api;

import io.adeplatform.escalation.service.CurrentActor;
import io.adeplatform.escalation.service.LevelChangeService;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/**
 * An escalation's level, its second dimension of state. The method runs in one transaction with its use case, so the
 * response reads the escalation's watchers and pauses before it detaches.
 */
@Path("/api/escalations/{id}/level")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Escalation levels", description = "L1 the delivery team → L2 the ADE → L3 the executive sponsors: "
        + "raised by any account writer or automatically on an SLA breach, lowered only with the authority that set it")
public class EscalationLevelResource {

    @Inject
    LevelChangeService levels;

    @Inject
    CurrentActor actor;

    @POST
    @Path("transitions")
    @Transactional
    @RolesAllowed(RoleSets.ACCOUNT_WRITERS)
    @Operation(operationId = "transitionEscalationLevel", summary = "Raise or lower an escalation's level",
            description = "Moves the level with a reason (account writers). Lowering needs the role that set the "
                    + "current level or a higher one (delivery-manager = finance < executive = system < admin), "
                    + "otherwise 403; the same level is 409 level-unchanged, a resolved or closed escalation 409 "
                    + "escalation-not-active. On the timeline; publishes escalation-level-changed.")
    @APIResponse(responseCode = "200", description = "the escalation at its new level and its new ETag",
            content = @Content(schema = @Schema(implementation = EscalationResponse.class)))
    public Response transition(@Parameter(description = EscalationResource.ID) @PathParam("id") UUID id,
                               @Parameter(description = EscalationResource.IF_MATCH, required = true)
                               @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                               @Valid @NotNull LevelTransitionRequest request) {
        return EscalationResource.ok(levels.changeLevel(id, EntityVersions.expected(ifMatch), request.to(),
                request.reason(), actor.get()));
    }
}
