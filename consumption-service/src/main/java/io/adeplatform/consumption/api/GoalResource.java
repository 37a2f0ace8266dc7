package io.adeplatform.consumption.api;

import io.adeplatform.consumption.api.TargetRequests.CreateGoal;
import io.adeplatform.consumption.api.TargetRequests.GoalResponse;
import io.adeplatform.consumption.api.TargetRequests.UpdateGoal;
import io.adeplatform.consumption.service.TargetService;
import java.time.YearMonth;
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

@Path("/api/consumption/customers/{customerId}/goals")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class GoalResource {

    @Inject
    TargetService service;

    @Inject
    IdempotentCreates idempotent;

    @Inject
    CurrentUser user;

    @POST
    @RolesAllowed({Writers.EXECUTIVE, Writers.DELIVERY_MANAGER, Writers.FINANCE, Writers.ADMIN})
    public Response create(@PathParam("customerId") UUID customerId, @Valid @NotNull CreateGoal request,
                           @HeaderParam("Idempotency-Key") String idempotencyKey, @Context UriInfo uri) {
        return idempotent.create(idempotencyKey, user.username() + " POST /api/consumption/customers/" + customerId + "/goals",
                request, () -> {
                    GoalResponse goal = service.createGoal(customerId, YearMonth.parse(request.month()), request.target(), user.username());
                    return Response.created(uri.getAbsolutePathBuilder().path(goal.id().toString()).build())
                            .tag(EntityVersions.tag(goal.version())).entity(goal).build();
                });
    }

    @GET
    public List<GoalResponse> list(@PathParam("customerId") UUID customerId) {
        return service.goals(customerId);
    }

    @PUT
    @Path("{goalId}")
    @RolesAllowed({Writers.EXECUTIVE, Writers.DELIVERY_MANAGER, Writers.FINANCE, Writers.ADMIN})
    public Response update(@PathParam("customerId") UUID customerId, @PathParam("goalId") UUID goalId,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull UpdateGoal request) {
        GoalResponse goal = service.updateGoal(customerId, goalId, ifMatch, request.target());
        return Response.ok(goal).tag(EntityVersions.tag(goal.version())).build();
    }
}
