package io.adeplatform.relationship.api;

import io.adeplatform.platform.http.EntityVersions;
import io.adeplatform.platform.http.Page;
import io.adeplatform.platform.http.PageRequest;
import io.adeplatform.platform.http.QueryParams;
import io.adeplatform.platform.security.RoleSets;
import io.adeplatform.relationship.domain.ObjectiveStatus;
import io.adeplatform.relationship.service.AccountPlanService;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

import static io.adeplatform.platform.http.ApiParameters.CUSTOMER_ID;
import static io.adeplatform.platform.http.ApiParameters.IDEMPOTENCY_KEY;
import static io.adeplatform.platform.http.ApiParameters.IF_MATCH;
import static io.adeplatform.relationship.api.DocumentedParams.WRITERS;

/** The objectives of a customer's account plan. */
@Path("/api/customers/{customerId}/account-plan/objectives")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Account plan objectives", description = "What the ADE wants to achieve with a customer, with its status "
        + "(not-started, on-track, at-risk, achieved, dropped) and target date")
public class PlanObjectiveResource extends WritingResource {

    private static final String OBJECTIVE_ID = "The objective's id; 404 when it is not this customer's";

    @Inject
    AccountPlanService service;

    @GET
    @Operation(operationId = "listPlanObjectives", summary = "List a customer's account-plan objectives",
            description = "Any role on the customer's account team (or admin). Oldest first, paginated.")
    public Page<ObjectiveResponse> list(@Parameter(description = CUSTOMER_ID) @PathParam("customerId") UUID customerId,
                                        @Parameter(description = "Only this status, e.g. at-risk")
                                        @QueryParam("status") String status,
                                        @Valid @BeanParam PageRequest page) {
        return service.objectives(customerId, QueryParams.enumValue(ObjectiveStatus.class, "status", status), page)
                .map(ObjectiveResponse::from);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getPlanObjective", summary = "Read an account-plan objective",
            description = "Any role on the customer's account team (or admin). Answers with the objective and its ETag.")
    @APIResponse(responseCode = "200", description = "The objective",
            content = @Content(schema = @Schema(implementation = ObjectiveResponse.class)))
    public Response get(@Parameter(description = CUSTOMER_ID) @PathParam("customerId") UUID customerId,
                        @Parameter(description = OBJECTIVE_ID) @PathParam("id") UUID id) {
        return EntityVersions.ok(ObjectiveResponse.from(service.objective(customerId, id)));
    }

    @POST
    @RolesAllowed(RoleSets.DELIVERY_WRITERS)
    @Operation(operationId = "createPlanObjective", summary = "Add an objective to a customer's account plan",
            description = WRITERS + " The status defaults to not-started. Answers 201 with Location and ETag.")
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(schema = @Schema(implementation = ObjectiveResponse.class)))
    public Response create(@Parameter(description = CUSTOMER_ID) @PathParam("customerId") UUID customerId,
                           @Valid @NotNull ObjectiveRequest request,
                           @Parameter(description = IDEMPOTENCY_KEY) @HeaderParam("Idempotency-Key") String key,
                           @Context UriInfo uri) {
        return idempotent.created(key, request, uri, () -> ObjectiveResponse.from(
                service.createObjective(customerId, request.details(), user.username())));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(RoleSets.DELIVERY_WRITERS)
    @Operation(operationId = "updatePlanObjective", summary = "Replace an account-plan objective",
            description = WRITERS + " Replaces title, description and target date; an omitted status keeps "
                    + "the current one.")
    @APIResponse(responseCode = "200", description = "The changed objective with its new ETag",
            content = @Content(schema = @Schema(implementation = ObjectiveResponse.class)))
    public Response update(@Parameter(description = CUSTOMER_ID) @PathParam("customerId") UUID customerId,
                           @Parameter(description = OBJECTIVE_ID) @PathParam("id") UUID id,
                           @Parameter(description = IF_MATCH, required = true)
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull ObjectiveRequest request) {
        return EntityVersions.ok(ObjectiveResponse.from(
                service.updateObjective(customerId, id, EntityVersions.expected(ifMatch), request.details())));
    }
}
