package io.adeplatform.consumption.api;

import io.adeplatform.consumption.service.CommitmentService;
import io.adeplatform.platform.http.EntityVersions;
import io.adeplatform.platform.security.RoleSets;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.util.List;
import java.util.UUID;

@Path("/api/consumption/customers/{customerId}/commitments")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CommitmentResource extends WritingResource {

    @Inject
    CommitmentService service;

    @POST
    @RolesAllowed(RoleSets.FINANCE_WRITERS)
    public Response create(@PathParam("customerId") UUID customerId, @Valid @NotNull CommitmentRequest request,
                           @HeaderParam("Idempotency-Key") String idempotencyKey, @Context UriInfo uri) {
        return idempotent.created(idempotencyKey, request, uri, () -> CommitmentResponse.from(
                service.create(customerId, request.amount(), request.startDate(), request.endDate(), user.username())));
    }

    @GET
    public List<CommitmentResponse> list(@PathParam("customerId") UUID customerId) {
        return service.list(customerId).stream().map(CommitmentResponse::from).toList();
    }

    @GET
    @Path("{commitmentId}")
    public Response get(@PathParam("customerId") UUID customerId, @PathParam("commitmentId") UUID commitmentId) {
        return EntityVersions.ok(CommitmentResponse.from(service.get(customerId, commitmentId)));
    }

    @PUT
    @Path("{commitmentId}")
    @RolesAllowed(RoleSets.FINANCE_WRITERS)
    public Response update(@PathParam("customerId") UUID customerId, @PathParam("commitmentId") UUID commitmentId,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull CommitmentRequest request) {
        return EntityVersions.ok(CommitmentResponse.from(service.update(customerId, commitmentId,
                EntityVersions.expected(ifMatch), request.amount(), request.startDate(), request.endDate())));
    }
}
