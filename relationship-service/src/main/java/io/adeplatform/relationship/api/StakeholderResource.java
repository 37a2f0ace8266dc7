package io.adeplatform.relationship.api;

import io.adeplatform.platform.http.EntityVersions;
import io.adeplatform.platform.http.Page;
import io.adeplatform.platform.http.PageRequest;
import io.adeplatform.platform.security.RoleSets;
import io.adeplatform.relationship.domain.Stakeholder;
import io.adeplatform.relationship.service.InteractionService;
import io.adeplatform.relationship.service.StakeholderService;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.UUID;

/** One stakeholder, and the interactions they took part in. */
@Path("/api/stakeholders")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StakeholderResource {

    @Inject
    StakeholderService service;

    @Inject
    InteractionService interactions;

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") UUID id) {
        return ok(service.get(id));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(RoleSets.DELIVERY_WRITERS)
    @Operation(summary = "Replace a stakeholder's fields (If-Match required); reports-to cycles are rejected (409)")
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull StakeholderRequest request) {
        return ok(service.update(id, EntityVersions.expected(ifMatch), request.details()));
    }

    @GET
    @Path("{id}/interactions")
    @Operation(summary = "Interactions this stakeholder took part in, newest first")
    public Page<InteractionResponse> interactions(@PathParam("id") UUID id, @Valid @BeanParam PageRequest page) {
        return interactions.ofStakeholder(id, page).map(InteractionResponse::from);
    }

    private static Response ok(Stakeholder stakeholder) {
        return EntityVersions.ok(StakeholderResponse.from(stakeholder));
    }

    /** 201 for a stakeholder added below its customer: it lives on here, at /api/stakeholders/{id}. */
    static Response created(UriInfo uri, StakeholderResponse stakeholder) {
        return Response.created(uri.getBaseUriBuilder().path(StakeholderResource.class)
                .path(stakeholder.id().toString()).build())
                .tag(EntityVersions.tag(stakeholder.version())).entity(stakeholder).build();
    }
}
