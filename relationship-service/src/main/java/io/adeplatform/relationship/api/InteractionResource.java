package io.adeplatform.relationship.api;

import io.adeplatform.relationship.service.InteractionService;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.UUID;

/** One interaction (interactions are a record of what happened and are not edited). */
@Path("/api/interactions")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class InteractionResource {

    @Inject
    InteractionService service;

    @GET
    @Path("{id}")
    public InteractionResponse get(@PathParam("id") UUID id) {
        return InteractionResponse.from(service.get(id));
    }
}
