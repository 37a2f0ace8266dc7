package io.adeplatform.consumption.api;

import io.adeplatform.consumption.domain.BlockerCategory;
import io.adeplatform.consumption.domain.BlockerStatus;
import io.adeplatform.consumption.service.BlockerService;
import io.adeplatform.platform.http.EntityVersions;
import io.adeplatform.platform.http.Page;
import io.adeplatform.platform.http.PageRequest;
import io.adeplatform.platform.http.QueryParams;
import io.adeplatform.platform.security.RoleSets;
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

import java.util.UUID;

@Path("/api/consumption/customers/{customerId}/blockers")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BlockerResource extends WritingResource {

    @Inject
    BlockerService service;

    @POST
    @RolesAllowed(RoleSets.ACCOUNT_WRITERS)
    public Response create(@PathParam("customerId") UUID customerId, @Valid @NotNull CreateBlockerRequest request,
                           @HeaderParam("Idempotency-Key") String idempotencyKey, @Context UriInfo uri) {
        return idempotent.created(idempotencyKey, request, uri, () -> BlockerResponse.from(service.create(customerId,
                request.description(), request.category(), request.owner(), request.engagementId(), request.goalId(),
                request.commitmentId(), user.username())));
    }

    @GET
    public Page<BlockerResponse> list(@PathParam("customerId") UUID customerId, @QueryParam("status") String status,
                                      @QueryParam("category") String category, @Valid @BeanParam PageRequest page) {
        return (service.list(customerId, QueryParams.enumValue(BlockerStatus.class, "status", status),
                QueryParams.enumValue(BlockerCategory.class, "category", category), page)).map(BlockerResponse::from);
    }

    @GET
    @Path("{blockerId}")
    public Response get(@PathParam("customerId") UUID customerId, @PathParam("blockerId") UUID blockerId) {
        return EntityVersions.ok(BlockerResponse.from(service.get(customerId, blockerId)));
    }

    @PUT
    @Path("{blockerId}")
    @RolesAllowed(RoleSets.ACCOUNT_WRITERS)
    public Response update(@PathParam("customerId") UUID customerId, @PathParam("blockerId") UUID blockerId,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull UpdateBlockerRequest request) {
        return EntityVersions.ok(BlockerResponse.from(service.update(customerId, blockerId,
                EntityVersions.expected(ifMatch), request.description(), request.category(), request.owner(),
                request.status(), request.engagementId())));
    }
}
