package io.adeplatform.portfolio.api;

import io.adeplatform.platform.http.EntityVersions;
import io.adeplatform.platform.http.Page;
import io.adeplatform.platform.http.PageRequest;
import io.adeplatform.platform.http.QueryParams;
import io.adeplatform.platform.security.RoleSets;
import io.adeplatform.portfolio.domain.Health;
import io.adeplatform.portfolio.domain.Stage;
import io.adeplatform.portfolio.service.EngagementService;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.UUID;

/**
 * Engagements themselves. What hangs off one has a resource of its own under /api/engagements/{id}/… (transitions,
 * milestones, raid, status-reports, steering-meetings, costs, financials). Reads: any authenticated member of the
 * customer's account team (or admin). Writes: executive, delivery-manager, admin. Viewers never write.
 */
@Path("/api/engagements")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EngagementResource extends CreatingResource {

    @Inject
    EngagementService engagements;

    @POST
    @RolesAllowed(RoleSets.DELIVERY_WRITERS)
    public Response create(@Valid @NotNull CreateEngagementRequest request,
                           @HeaderParam("Idempotency-Key") String idempotencyKey) {
        return idempotent.created(idempotencyKey, request, uri, () -> EngagementResponse.from(
                engagements.create(request.customerId(), request.details(), user.username())));
    }

    @GET
    public Page<EngagementResponse> list(@QueryParam("customerId") String customerId,
                                         @QueryParam("stage") String stage,
                                         @QueryParam("health") String health,
                                         @QueryParam("deliveryManager") String deliveryManager,
                                         @Valid @BeanParam PageRequest page) {
        return engagements.list(QueryParams.uuid("customerId", customerId),
                QueryParams.enumValue(Stage.class, "stage", stage), QueryParams.enumValue(Health.class, "health", health),
                deliveryManager, page).map(EngagementResponse::from);
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") UUID id) {
        return EntityVersions.ok(EngagementResponse.from(engagements.get(id)));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(RoleSets.DELIVERY_WRITERS)
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull UpdateEngagementRequest request) {
        return EntityVersions.ok(EngagementResponse.from(
                engagements.update(id, EntityVersions.expected(ifMatch), request.details())));
    }

    @PUT
    @Path("{id}/progress")
    @RolesAllowed(RoleSets.DELIVERY_WRITERS)
    public Response progress(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                             @Valid @NotNull ProgressRequest request) {
        return EntityVersions.ok(EngagementResponse.from(
                engagements.progress(id, EntityVersions.expected(ifMatch), request.percentComplete(),
                        user.username())));
    }

    @GET
    @Path("{id}/health")
    public HealthResponse health(@PathParam("id") UUID id) {
        return HealthResponse.from(engagements.currentHealth(id));
    }
}
