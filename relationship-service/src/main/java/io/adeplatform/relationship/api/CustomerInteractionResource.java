package io.adeplatform.relationship.api;

import io.adeplatform.platform.http.Page;
import io.adeplatform.platform.http.PageRequest;
import io.adeplatform.platform.http.QueryParams;
import io.adeplatform.platform.security.RoleSets;
import io.adeplatform.relationship.domain.InteractionType;
import io.adeplatform.relationship.service.InteractionService;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.UUID;

/** A customer's interactions; each one lives on at /api/interactions/{id}. */
@Path("/api/customers/{customerId}/interactions")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CustomerInteractionResource extends WritingResource {

    @Inject
    InteractionService service;

    @POST
    @RolesAllowed(RoleSets.DELIVERY_WRITERS)
    @Operation(summary = "Record an interaction; Location is /api/interactions/{id}")
    public Response create(@PathParam("customerId") UUID customerId, @Valid @NotNull InteractionRequest request,
                           @HeaderParam("Idempotency-Key") String idempotencyKey, @Context UriInfo uri) {
        return idempotent.create(idempotencyKey, request, () -> InteractionResource.created(uri,
                InteractionResponse.from(service.create(customerId, request.details(), user.username()))));
    }

    @GET
    @Operation(summary = "The customer's interactions, newest first; filters type, from, to (dates)")
    public Page<InteractionResponse> list(@PathParam("customerId") UUID customerId, @QueryParam("type") String type,
                                          @QueryParam("from") String from, @QueryParam("to") String to,
                                          @Valid @BeanParam PageRequest page) {
        return (service.ofCustomer(customerId, QueryParams.enumValue(InteractionType.class, "type", type),
                QueryParams.date("from", from), QueryParams.date("to", to), page)).map(InteractionResponse::from);
    }
}
