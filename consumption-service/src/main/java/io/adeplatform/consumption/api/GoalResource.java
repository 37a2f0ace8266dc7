package io.adeplatform.consumption.api;

import io.adeplatform.consumption.service.GoalService;
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

import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

@Path("/api/consumption/customers/{customerId}/goals")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class GoalResource extends WritingResource {

    @Inject
    GoalService service;

    @POST
    @RolesAllowed(RoleSets.ACCOUNT_WRITERS)
    public Response create(@PathParam("customerId") UUID customerId, @Valid @NotNull CreateGoalRequest request,
                           @HeaderParam("Idempotency-Key") String idempotencyKey, @Context UriInfo uri) {
        return idempotent.created(idempotencyKey, request, uri, () -> GoalResponse.from(
                service.create(customerId, YearMonth.parse(request.month()), request.target(), user.username())));
    }

    @GET
    public List<GoalResponse> list(@PathParam("customerId") UUID customerId) {
        return service.list(customerId).stream().map(GoalResponse::from).toList();
    }

    @PUT
    @Path("{goalId}")
    @RolesAllowed(RoleSets.ACCOUNT_WRITERS)
    public Response update(@PathParam("customerId") UUID customerId, @PathParam("goalId") UUID goalId,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull UpdateGoalRequest request) {
        return EntityVersions.ok(GoalResponse.from(
                service.update(customerId, goalId, EntityVersions.expected(ifMatch), request.target())));
    }
}
