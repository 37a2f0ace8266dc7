package io.adeplatform.portfolio.api;

import io.adeplatform.platform.http.EntityVersions;
import io.adeplatform.platform.http.QueryParams;
import io.adeplatform.platform.security.RoleSets;
import io.adeplatform.portfolio.domain.RaidStatus;
import io.adeplatform.portfolio.domain.RaidType;
import io.adeplatform.portfolio.service.RaidItemView;
import io.adeplatform.portfolio.service.RaidService;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.UUID;

/**
 * The RAID log of an engagement. An entry's answer holds its history, a lazy association: the writes that answer
 * with it run in one transaction with their use case, so the history is read before the session closes.
 */
@Path("/api/engagements/{id}/raid")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RaidResource extends CreatingResource {

    @Inject
    RaidService raid;

    @POST
    @RolesAllowed(RoleSets.DELIVERY_WRITERS)
    public Response add(@PathParam("id") UUID id, @Valid @NotNull RaidRequest request,
                        @HeaderParam("Idempotency-Key") String idempotencyKey) {
        return idempotent.created(idempotencyKey, request, uri,
                () -> RaidResponse.from(raid.create(id, request.type(), request.details(), user.username())));
    }

    @GET
    public List<RaidResponse> list(@PathParam("id") UUID id, @QueryParam("type") String type,
                                   @QueryParam("status") String status) {
        return responses(raid.list(id, QueryParams.enumValue(RaidType.class, "type", type),
                QueryParams.enumValue(RaidStatus.class, "status", status)));
    }

    @GET
    @Path("overdue-actions")
    public List<RaidResponse> overdueActions(@PathParam("id") UUID id) {
        return responses(raid.overdueActions(id));
    }

    @GET
    @Path("{itemId}")
    public Response get(@PathParam("id") UUID id, @PathParam("itemId") UUID itemId) {
        return EntityVersions.ok(RaidResponse.from(raid.get(id, itemId)));
    }

    @PUT
    @Path("{itemId}")
    @RolesAllowed(RoleSets.DELIVERY_WRITERS)
    @Transactional
    public Response update(@PathParam("id") UUID id, @PathParam("itemId") UUID itemId,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull RaidUpdateRequest request) {
        return EntityVersions.ok(RaidResponse.from(raid.update(id, itemId, EntityVersions.expected(ifMatch),
                request.details(), request.status(), user.username())));
    }

    @POST
    @Path("{itemId}/convert")
    @RolesAllowed(RoleSets.DELIVERY_WRITERS)
    @Transactional
    public Response convert(@PathParam("id") UUID id, @PathParam("itemId") UUID itemId) {
        return EntityVersions.ok(RaidResponse.from(raid.convert(id, itemId, user.username())));
    }

    private static List<RaidResponse> responses(List<RaidItemView> views) {
        return views.stream().map(RaidResponse::from).toList();
    }
}
