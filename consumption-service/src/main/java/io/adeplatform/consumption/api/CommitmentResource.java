package io.adeplatform.consumption.api;

import io.adeplatform.consumption.api.TargetRequests.CommitmentRequest;
import io.adeplatform.consumption.api.TargetRequests.CommitmentResponse;
import io.adeplatform.consumption.service.TargetService;
import io.adeplatform.platform.http.EntityVersions;
import io.adeplatform.platform.http.Page;
import io.adeplatform.platform.http.PageRequest;
import io.adeplatform.platform.core.WireEnums;
import io.adeplatform.platform.persistence.IdempotentCreates;
import io.adeplatform.platform.security.CurrentUser;
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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
public class CommitmentResource {

    @Inject
    TargetService service;

    @Inject
    IdempotentCreates idempotent;

    @Inject
    CurrentUser user;

    @POST
    @RolesAllowed({Writers.EXECUTIVE, Writers.FINANCE, Writers.ADMIN})
    public Response create(@PathParam("customerId") UUID customerId, @Valid @NotNull CommitmentRequest request,
                           @HeaderParam("Idempotency-Key") String idempotencyKey, @Context UriInfo uri) {
        return idempotent.create(idempotencyKey, user.username() + " POST /api/consumption/customers/" + customerId + "/commitments",
                request, () -> {
                    CommitmentResponse commitment = service.createCommitment(customerId, request.amount(),
                            request.startDate(), request.endDate(), user.username());
                    return Response.created(uri.getAbsolutePathBuilder().path(commitment.id().toString()).build())
                            .tag(EntityVersions.tag(commitment.version())).entity(commitment).build();
                });
    }

    @GET
    public List<CommitmentResponse> list(@PathParam("customerId") UUID customerId) {
        return service.commitments(customerId);
    }

    @GET
    @Path("{commitmentId}")
    public Response get(@PathParam("customerId") UUID customerId, @PathParam("commitmentId") UUID commitmentId) {
        CommitmentResponse commitment = service.commitment(customerId, commitmentId);
        return Response.ok(commitment).tag(EntityVersions.tag(commitment.version())).build();
    }

    @PUT
    @Path("{commitmentId}")
    @RolesAllowed({Writers.EXECUTIVE, Writers.FINANCE, Writers.ADMIN})
    public Response update(@PathParam("customerId") UUID customerId, @PathParam("commitmentId") UUID commitmentId,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull CommitmentRequest request) {
        CommitmentResponse commitment = service.updateCommitment(customerId, commitmentId, ifMatch, request.amount(),
                request.startDate(), request.endDate());
        return Response.ok(commitment).tag(EntityVersions.tag(commitment.version())).build();
    }
}
