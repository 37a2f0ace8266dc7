package io.adeplatform.relationship.api;

import io.adeplatform.platform.http.EntityVersions;
import io.adeplatform.platform.http.Page;
import io.adeplatform.platform.http.PageRequest;
import io.adeplatform.platform.http.QueryParams;
import io.adeplatform.platform.security.RoleSets;
import io.adeplatform.relationship.domain.InitiativeStatus;
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

/** The initiatives of a customer's account plan. */
@Path("/api/customers/{customerId}/account-plan/initiatives")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Account plan initiatives", description = "What is being done for a customer, optionally towards one of its "
        + "objectives, with an owner, a status (planned, in-progress, done, cancelled) and a due date")
public class PlanInitiativeResource extends WritingResource {

    private static final String INITIATIVE_ID = "The initiative's id; 404 when it is not this customer's";

    @Inject
    AccountPlanService service;

    @GET
    @Operation(operationId = "listPlanInitiatives", summary = "List a customer's account-plan initiatives",
            description = "Any role on the customer's account team (or admin). Oldest first, paginated.")
    public Page<InitiativeResponse> list(@Parameter(description = CUSTOMER_ID) @PathParam("customerId") UUID customerId,
                                        @Parameter(description = "Only this status, e.g. in-progress")
                                        @QueryParam("status") String status,
                                        @Valid @BeanParam PageRequest page) {
        return service.initiatives(customerId, QueryParams.enumValue(InitiativeStatus.class, "status", status), page)
                .map(InitiativeResponse::from);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getPlanInitiative", summary = "Read an account-plan initiative",
            description = "Any role on the customer's account team (or admin). Answers with the initiative and its ETag.")
    @APIResponse(responseCode = "200", description = "The initiative",
            content = @Content(schema = @Schema(implementation = InitiativeResponse.class)))
    public Response get(@Parameter(description = CUSTOMER_ID) @PathParam("customerId") UUID customerId,
                        @Parameter(description = INITIATIVE_ID) @PathParam("id") UUID id) {
        return EntityVersions.ok(InitiativeResponse.from(service.initiative(customerId, id)));
    }

    @POST
    @RolesAllowed(RoleSets.DELIVERY_WRITERS)
    @Operation(operationId = "createPlanInitiative", summary = "Add an initiative to a customer's account plan",
            description = WRITERS + " The status defaults to planned; objectiveId must name an objective "
                    + "of the same customer (422 unknown-objective). Answers 201 with Location and ETag.")
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(schema = @Schema(implementation = InitiativeResponse.class)))
    public Response create(@Parameter(description = CUSTOMER_ID) @PathParam("customerId") UUID customerId,
                           @Valid @NotNull InitiativeRequest request,
                           @Parameter(description = IDEMPOTENCY_KEY) @HeaderParam("Idempotency-Key") String key,
                           @Context UriInfo uri) {
        return idempotent.created(key, request, uri, () -> InitiativeResponse.from(
                service.createInitiative(customerId, request.details(), user.username())));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(RoleSets.DELIVERY_WRITERS)
    @Operation(operationId = "updatePlanInitiative", summary = "Replace an account-plan initiative",
            description = WRITERS + " Replaces name, description, objective, owner and due date; an omitted "
                    + "status keeps the current one.")
    @APIResponse(responseCode = "200", description = "The changed initiative with its new ETag",
            content = @Content(schema = @Schema(implementation = InitiativeResponse.class)))
    public Response update(@Parameter(description = CUSTOMER_ID) @PathParam("customerId") UUID customerId,
                           @Parameter(description = INITIATIVE_ID) @PathParam("id") UUID id,
                           @Parameter(description = IF_MATCH, required = true)
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull InitiativeRequest request) {
        return EntityVersions.ok(InitiativeResponse.from(
                service.updateInitiative(customerId, id, EntityVersions.expected(ifMatch), request.details())));
    }
}
