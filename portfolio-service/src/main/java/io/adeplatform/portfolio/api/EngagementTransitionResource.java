package io.adeplatform.portfolio.api;

import io.adeplatform.platform.http.EntityVersions;
import io.adeplatform.platform.security.CurrentUser;
import io.adeplatform.platform.security.RoleSets;
import io.adeplatform.portfolio.service.EngagementLifecycle;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.UUID;

/** Lifecycle moves: envisioning → solution development → delivery planning → delivery → closure (or one back). */
@Path("/api/engagements/{id}/transitions")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EngagementTransitionResource {

    @Inject
    EngagementLifecycle lifecycle;

    @Inject
    CurrentUser user;

    @POST
    @RolesAllowed(RoleSets.DELIVERY_WRITERS)
    public Response transition(@PathParam("id") UUID id, @Valid @NotNull TransitionRequest request) {
        return EntityVersions.ok(EngagementResponse.from(lifecycle.transition(id, request.to(), user.username())));
    }
}
