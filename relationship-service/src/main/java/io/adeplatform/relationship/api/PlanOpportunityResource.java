package io.adeplatform.relationship.api;

import io.adeplatform.platform.http.EntityVersions;
import io.adeplatform.platform.http.Page;
import io.adeplatform.platform.http.PageRequest;
import io.adeplatform.platform.http.QueryParams;
import io.adeplatform.platform.security.RoleSets;
import io.adeplatform.relationship.domain.OpportunityStage;
import io.adeplatform.relationship.service.AccountPlanService;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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

/** The opportunities of a customer's account plan, and their stage machine. */
@Path("/api/customers/{customerId}/account-plan/opportunities")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Account plan opportunities", description = "Business beyond the current contract with its estimated value, "
        + "expected close date and stage: identified → qualified → proposed → won, or lost from any open stage; every "
        + "change publishes opportunity-changed")
public class PlanOpportunityResource extends WritingResource {

    private static final String OPPORTUNITY_ID = "The opportunity's id; 404 when it is not this customer's";

    @Inject
    AccountPlanService service;

    @GET
    @Operation(operationId = "listOpportunities", summary = "List a customer's opportunities",
            description = "Any role on the customer's account team (or admin). Oldest first, paginated.")
    public Page<OpportunityResponse> list(@Parameter(description = CUSTOMER_ID)
                                          @PathParam("customerId") UUID customerId,
                                          @Parameter(description = "Only this stage, e.g. proposed")
                                          @QueryParam("stage") String stage,
                                          @Valid @BeanParam PageRequest page) {
        return service.opportunities(customerId, QueryParams.enumValue(OpportunityStage.class, "stage", stage), page)
                .map(OpportunityResponse::from);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getOpportunity", summary = "Read an opportunity",
            description = "Any role on the customer's account team (or admin). Answers with the opportunity and its ETag.")
    @APIResponse(responseCode = "200", description = "The opportunity",
            content = @Content(schema = @Schema(implementation = OpportunityResponse.class)))
    public Response get(@Parameter(description = CUSTOMER_ID) @PathParam("customerId") UUID customerId,
                        @Parameter(description = OPPORTUNITY_ID) @PathParam("id") UUID id) {
        return EntityVersions.ok(OpportunityResponse.from(service.opportunity(customerId, id)));
    }

    @POST
    @RolesAllowed(RoleSets.DELIVERY_WRITERS)
    @Operation(operationId = "createOpportunity", summary = "Add an opportunity beyond the current contract",
            description = WRITERS + " The opportunity starts identified; its value is money in an ISO 4217 "
                    + "currency, not negative (422). Answers 201 with Location and ETag; publishes opportunity-changed.")
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(schema = @Schema(implementation = OpportunityResponse.class)))
    public Response create(@Parameter(description = CUSTOMER_ID) @PathParam("customerId") UUID customerId,
                           @Valid @NotNull OpportunityRequest request,
                           @Parameter(description = IDEMPOTENCY_KEY) @HeaderParam("Idempotency-Key") String key,
                           @Context UriInfo uri) {
        return idempotent.created(key, request, uri, () -> OpportunityResponse.from(
                service.createOpportunity(customerId, request.details(), user.username())));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(RoleSets.DELIVERY_WRITERS)
    @Operation(operationId = "updateOpportunity", summary = "Replace an open opportunity's fields",
            description = WRITERS + " Replaces name, description, estimated value and expected close date; the "
                    + "stage moves only through transitions. Won and lost opportunities are final (409 "
                    + "opportunity-closed). Publishes opportunity-changed.")
    @APIResponse(responseCode = "200", description = "The changed opportunity with its new ETag",
            content = @Content(schema = @Schema(implementation = OpportunityResponse.class)))
    public Response update(@Parameter(description = CUSTOMER_ID) @PathParam("customerId") UUID customerId,
                           @Parameter(description = OPPORTUNITY_ID) @PathParam("id") UUID id,
                           @Parameter(description = IF_MATCH, required = true)
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull OpportunityRequest request) {
        return EntityVersions.ok(OpportunityResponse.from(
                service.updateOpportunity(customerId, id, EntityVersions.expected(ifMatch), request.details())));
    }

    @POST
    @Path("{id}/transitions")
    @RolesAllowed(RoleSets.DELIVERY_WRITERS)
    @Operation(operationId = "transitionOpportunity", summary = "Move an opportunity's stage",
            description = WRITERS + " identified → qualified → proposed → won, or → lost from any open stage; "
                    + "won and lost are final. Any other move is a 409 illegal-transition naming from, to and the "
                    + "allowed targets. Publishes opportunity-changed (and opportunity-won when won).")
    @APIResponse(responseCode = "200", description = "The opportunity in its new stage, with its new ETag",
            content = @Content(schema = @Schema(implementation = OpportunityResponse.class)))
    public Response transition(@Parameter(description = CUSTOMER_ID) @PathParam("customerId") UUID customerId,
                               @Parameter(description = OPPORTUNITY_ID) @PathParam("id") UUID id,
                               @Parameter(description = IF_MATCH, required = true)
                               @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                               @Valid @NotNull OpportunityTransitionRequest request) {
        return EntityVersions.ok(OpportunityResponse.from(
                service.transitionOpportunity(customerId, id, EntityVersions.expected(ifMatch), request.to())));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(RoleSets.DELIVERY_WRITERS)
    @Operation(operationId = "removeOpportunity", summary = "Remove an open opportunity from the account plan",
            description = WRITERS + " Only an open opportunity (identified, qualified, proposed) can be removed; won "
                    + "and lost ones are the record of what happened (409 opportunity-closed). Answers 204; publishes "
                    + "opportunity-changed with status removed, so readers drop it from their pipeline.")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response remove(@Parameter(description = CUSTOMER_ID) @PathParam("customerId") UUID customerId,
                           @Parameter(description = OPPORTUNITY_ID) @PathParam("id") UUID id,
                           @Parameter(description = IF_MATCH, required = true)
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.removeOpportunity(customerId, id, EntityVersions.expected(ifMatch));
        return Response.noContent().build();
    }
}
