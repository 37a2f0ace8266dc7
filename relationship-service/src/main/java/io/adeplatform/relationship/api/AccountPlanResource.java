package io.adeplatform.relationship.api;

import io.adeplatform.platform.http.EntityVersions;
import io.adeplatform.platform.security.RoleSets;
import io.adeplatform.relationship.service.AccountPlanService;
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
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.UUID;

/** The account plan: objectives, initiatives and opportunities beyond the current contract. */
@Path("/api/customers/{customerId}/account-plan")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AccountPlanResource extends WritingResource {

    @Inject
    AccountPlanService service;

    @GET
    public AccountPlanResponse plan(@PathParam("customerId") UUID customerId) {
        return AccountPlanResponse.from(service.plan(customerId));
    }

    @POST
    @Path("objectives")
    @RolesAllowed(RoleSets.DELIVERY_WRITERS)
    public Response createObjective(@PathParam("customerId") UUID customerId, @Valid @NotNull ObjectiveRequest request,
                                    @HeaderParam("Idempotency-Key") String key, @Context UriInfo uri) {
        return idempotent.created(key, request, uri, () -> ObjectiveResponse.from(
                service.createObjective(customerId, request.details(), user.username())));
    }

    @PUT
    @Path("objectives/{id}")
    @RolesAllowed(RoleSets.DELIVERY_WRITERS)
    public Response updateObjective(@PathParam("customerId") UUID customerId, @PathParam("id") UUID id,
                                    @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull ObjectiveRequest request) {
        return EntityVersions.ok(ObjectiveResponse.from(
                service.updateObjective(customerId, id, EntityVersions.expected(ifMatch), request.details())));
    }

    @POST
    @Path("initiatives")
    @RolesAllowed(RoleSets.DELIVERY_WRITERS)
    public Response createInitiative(@PathParam("customerId") UUID customerId, @Valid @NotNull InitiativeRequest request,
                                     @HeaderParam("Idempotency-Key") String key, @Context UriInfo uri) {
        return idempotent.created(key, request, uri, () -> InitiativeResponse.from(
                service.createInitiative(customerId, request.details(), user.username())));
    }

    @PUT
    @Path("initiatives/{id}")
    @RolesAllowed(RoleSets.DELIVERY_WRITERS)
    public Response updateInitiative(@PathParam("customerId") UUID customerId, @PathParam("id") UUID id,
                                     @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull InitiativeRequest request) {
        return EntityVersions.ok(InitiativeResponse.from(
                service.updateInitiative(customerId, id, EntityVersions.expected(ifMatch), request.details())));
    }

    @POST
    @Path("opportunities")
    @RolesAllowed(RoleSets.DELIVERY_WRITERS)
    @Operation(summary = "Add an opportunity beyond the current contract (stage identified)")
    public Response createOpportunity(@PathParam("customerId") UUID customerId, @Valid @NotNull OpportunityRequest request,
                                      @HeaderParam("Idempotency-Key") String key, @Context UriInfo uri) {
        return idempotent.created(key, request, uri, () -> OpportunityResponse.from(
                service.createOpportunity(customerId, request.details(), user.username())));
    }

    @PUT
    @Path("opportunities/{id}")
    @RolesAllowed(RoleSets.DELIVERY_WRITERS)
    public Response updateOpportunity(@PathParam("customerId") UUID customerId, @PathParam("id") UUID id,
                                      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull OpportunityRequest request) {
        return EntityVersions.ok(OpportunityResponse.from(
                service.updateOpportunity(customerId, id, EntityVersions.expected(ifMatch), request.details())));
    }

    @POST
    @Path("opportunities/{id}/stage")
    @RolesAllowed(RoleSets.DELIVERY_WRITERS)
    @Operation(summary = "Move the stage: identified → qualified → proposed → won/lost (lost from any open stage); If-Match required")
    public Response moveOpportunity(@PathParam("customerId") UUID customerId, @PathParam("id") UUID id,
                                    @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull StageRequest request) {
        return EntityVersions.ok(OpportunityResponse.from(
                service.moveOpportunity(customerId, id, EntityVersions.expected(ifMatch), request.stage())));
    }
}
