package io.adeplatform.consumption.api;

import io.adeplatform.platform.http.ApiParameters;
import io.adeplatform.consumption.service.GoalService;
import io.adeplatform.platform.http.EntityVersions;
import io.adeplatform.platform.http.Page;
import io.adeplatform.platform.http.PageRequest;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.YearMonth;
import java.util.UUID;

@Path("/api/consumption/customers/{customerId}/goals")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Consumption goals", description = "A customer's monthly consumption targets (one per month), which the "
        + "summary's month-end forecast is measured against")
public class GoalResource extends WritingResource {

    private static final String GOAL = "The goal's id";

    @Inject
    GoalService service;

    @POST
    @RolesAllowed(RoleSets.ACCOUNT_WRITERS)
    @Operation(operationId = "createGoal", summary = "Set the customer's goal for a month",
            description = "Writers on the customer's account team or an admin (viewer 403, outsider 404). One goal per "
                    + "customer and month: a second is 409 goal-exists (update the first); 422 unknown-customer when "
                    + "archived. Accepts Idempotency-Key. Publishes no event.")
    @APIResponse(responseCode = "201", description = "Created; Location names it, ETag is its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GoalResponse.class)))
    public Response create(@Parameter(description = ApiParameters.CUSTOMER_ID) @PathParam("customerId") UUID customerId,
                           @Valid @NotNull CreateGoalRequest request,
                           @Parameter(description = ApiParameters.IDEMPOTENCY_KEY) @HeaderParam("Idempotency-Key") String idempotencyKey,
                           @Context UriInfo uri) {
        return idempotent.created(idempotencyKey, request, uri, () -> GoalResponse.from(
                service.create(customerId, YearMonth.parse(request.month()), request.target(), user.username())));
    }

    @GET
    @Operation(operationId = "listGoals", summary = "List the customer's goals",
            description = "Any platform user on the customer's account team, or an admin (404 for everyone else). "
                    + "Newest month first.")
    public Page<GoalResponse> list(@Parameter(description = ApiParameters.CUSTOMER_ID) @PathParam("customerId") UUID customerId,
                                   @Valid @BeanParam PageRequest page) {
        return service.list(customerId, page).map(GoalResponse::from);
    }

    @GET
    @Path("{goalId}")
    @Operation(operationId = "getGoal", summary = "Read a goal",
            description = "Any platform user on the customer's account team, or an admin; 404 for everyone else. The "
                    + "ETag is the version an update's If-Match must name.")
    @APIResponse(responseCode = "200", description = "The goal, its version in ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GoalResponse.class)))
    public Response get(@Parameter(description = ApiParameters.CUSTOMER_ID) @PathParam("customerId") UUID customerId,
                        @Parameter(description = GOAL) @PathParam("goalId") UUID goalId) {
        return EntityVersions.ok(GoalResponse.from(service.get(customerId, goalId)));
    }

    @PUT
    @Path("{goalId}")
    @RolesAllowed(RoleSets.ACCOUNT_WRITERS)
    @Operation(operationId = "updateGoal", summary = "Change a goal's target",
            description = "Writers on the customer's account team or an admin (viewer 403). If-Match required (428 "
                    + "without, 412 when stale). Publishes no event.")
    @APIResponse(responseCode = "200", description = "The changed goal, its new version in ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GoalResponse.class)))
    public Response update(@Parameter(description = ApiParameters.CUSTOMER_ID) @PathParam("customerId") UUID customerId,
                           @Parameter(description = GOAL) @PathParam("goalId") UUID goalId,
                           @Parameter(description = ApiParameters.IF_MATCH, required = true)
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull UpdateGoalRequest request) {
        return EntityVersions.ok(GoalResponse.from(
                service.update(customerId, goalId, EntityVersions.expected(ifMatch), request.target())));
    }
}
