package io.adeplatform.relationship.api;

import io.adeplatform.relationship.service.InteractionService;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** One interaction (interactions are a record of what happened and are not edited). */
@Path("/api/interactions")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = CustomerInteractionResource.TAG, description = CustomerInteractionResource.TAG_DESCRIPTION)
public class InteractionResource {

    @Inject
    InteractionService service;

    @GET
    @Path("{id}")
    @Operation(operationId = "getInteraction", summary = "Read an interaction",
            description = "Any role on the customer's account team (or admin); 404 for an interaction of a customer "
                    + "the caller may not see.")
    public InteractionResponse get(@Parameter(description = "The interaction's id") @PathParam("id") UUID id) {
        return InteractionResponse.from(service.get(id));
    }

    /** 201 for an interaction recorded below its customer: it lives on here, at /api/interactions/{id}. */
    static Response created(UriInfo uri, InteractionResponse interaction) {
        return Response.created(uri.getBaseUriBuilder().path(InteractionResource.class)
                .path(interaction.id().toString()).build()).entity(interaction).build();
    }
}
