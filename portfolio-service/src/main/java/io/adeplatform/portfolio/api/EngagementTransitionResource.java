package io.adeplatform.portfolio.api;

import io.adeplatform.platform.http.EntityVersions;
import io.adeplatform.platform.security.CurrentUser;
import io.adeplatform.platform.security.RoleSets;
import io.adeplatform.portfolio.service.EngagementLifecycle;
import io.adeplatform.portfolio.api.EngagementResource.ApiDocs;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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

/** Lifecycle moves: envisioning → solution development → delivery planning → delivery → closure (or one back). */
@Path("/api/engagements/{id}/transitions")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = EngagementResource.TAG, description = EngagementResource.TAG_DESCRIPTION)
public class EngagementTransitionResource {

    @Inject
    EngagementLifecycle lifecycle;

    @Inject
    CurrentUser user;

    @POST
    @RolesAllowed(RoleSets.DELIVERY_WRITERS)
    @Operation(operationId = "transitionEngagement", summary = "Move an engagement to another lifecycle stage",
            description = ApiDocs.DELIVERY_WRITERS + "One stage forward, or one back for rework; nothing leaves "
                    + "closure. Closure needs every milestone accepted or waived (409 milestones-not-settled). A move "
                    + "forward into a gated stage needs the gate passed or waived (409 gate-not-passed naming the gate "
                    + "and what is open; see listEngagementQualityGates). Any other "
                    + "move is 409 illegal-transition naming from, to and the allowed targets. Publishes "
                    + "engagement.stage-changed (and engagement.closed on closure).")
    @APIResponse(responseCode = "200", description = "The engagement in its new stage, with its new ETag",
            content = @Content(schema = @Schema(implementation = EngagementResponse.class)))
    public Response transition(@Parameter(description = ApiDocs.ENGAGEMENT_ID) @PathParam("id") UUID id,
                               @Parameter(description = ApiDocs.IF_MATCH, required = true)
                               @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                               @Valid @NotNull TransitionRequest request) {
        return EntityVersions.ok(EngagementResponse.from(
                lifecycle.transition(id, EntityVersions.expected(ifMatch), request.to(), user.username())));
    }
}
