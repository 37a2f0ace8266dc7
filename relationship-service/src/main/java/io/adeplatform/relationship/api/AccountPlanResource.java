package io.adeplatform.relationship.api;

import io.adeplatform.platform.http.EntityVersions;
import io.adeplatform.platform.http.Page;
import io.adeplatform.platform.http.PageRequest;
import io.adeplatform.platform.core.WireEnums;
import io.adeplatform.platform.persistence.IdempotentCreates;
import io.adeplatform.platform.security.CurrentUser;
import io.adeplatform.platform.security.Roles;
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

import java.util.UUID;
import io.adeplatform.relationship.service.AccountPlanService;

/** The account plan: objectives, initiatives and opportunities beyond the current contract. */
@Path("/api/customers/{customerId}/account-plan")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AccountPlanResource {

    @Inject
    AccountPlanService service;

    @Inject
    IdempotentCreates idempotent;

    @Inject
    CurrentUser user;

    @GET
    public AccountPlanResponse plan(@PathParam("customerId") UUID customerId) {
        return service.plan(customerId);
    }

    @POST
    @Path("objectives")
    @RolesAllowed({Roles.EXECUTIVE, Roles.DELIVERY_MANAGER, Roles.ADMIN})
    public Response createObjective(@PathParam("customerId") UUID customerId, @Valid @NotNull ObjectiveRequest request,
                                    @HeaderParam("Idempotency-Key") String key, @Context UriInfo uri) {
        return idempotent.create(key, scope(customerId, "objectives"), request, () -> {
            ObjectiveResponse o = service.createObjective(customerId, request, user.username());
            return created(uri, o.id(), o.version(), o);
        });
    }

    @PUT
    @Path("objectives/{id}")
    @RolesAllowed({Roles.EXECUTIVE, Roles.DELIVERY_MANAGER, Roles.ADMIN})
    public Response updateObjective(@PathParam("customerId") UUID customerId, @PathParam("id") UUID id,
                                    @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull ObjectiveRequest request) {
        ObjectiveResponse o = service.updateObjective(customerId, id, ifMatch, request);
        return Response.ok(o).tag(EntityVersions.tag(o.version())).build();
    }

    @POST
    @Path("initiatives")
    @RolesAllowed({Roles.EXECUTIVE, Roles.DELIVERY_MANAGER, Roles.ADMIN})
    public Response createInitiative(@PathParam("customerId") UUID customerId, @Valid @NotNull InitiativeRequest request,
                                     @HeaderParam("Idempotency-Key") String key, @Context UriInfo uri) {
        return idempotent.create(key, scope(customerId, "initiatives"), request, () -> {
            InitiativeResponse i = service.createInitiative(customerId, request, user.username());
            return created(uri, i.id(), i.version(), i);
        });
    }

    @PUT
    @Path("initiatives/{id}")
    @RolesAllowed({Roles.EXECUTIVE, Roles.DELIVERY_MANAGER, Roles.ADMIN})
    public Response updateInitiative(@PathParam("customerId") UUID customerId, @PathParam("id") UUID id,
                                     @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull InitiativeRequest request) {
        InitiativeResponse i = service.updateInitiative(customerId, id, ifMatch, request);
        return Response.ok(i).tag(EntityVersions.tag(i.version())).build();
    }

    @POST
    @Path("opportunities")
    @RolesAllowed({Roles.EXECUTIVE, Roles.DELIVERY_MANAGER, Roles.ADMIN})
    @Operation(summary = "Add an opportunity beyond the current contract (stage identified)")
    public Response createOpportunity(@PathParam("customerId") UUID customerId, @Valid @NotNull OpportunityRequest request,
                                      @HeaderParam("Idempotency-Key") String key, @Context UriInfo uri) {
        return idempotent.create(key, scope(customerId, "opportunities"), request, () -> {
            OpportunityResponse o = service.createOpportunity(customerId, request, user.username());
            return created(uri, o.id(), o.version(), o);
        });
    }

    @PUT
    @Path("opportunities/{id}")
    @RolesAllowed({Roles.EXECUTIVE, Roles.DELIVERY_MANAGER, Roles.ADMIN})
    public Response updateOpportunity(@PathParam("customerId") UUID customerId, @PathParam("id") UUID id,
                                      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull OpportunityRequest request) {
        OpportunityResponse o = service.updateOpportunity(customerId, id, ifMatch, request);
        return Response.ok(o).tag(EntityVersions.tag(o.version())).build();
    }

    @POST
    @Path("opportunities/{id}/stage")
    @RolesAllowed({Roles.EXECUTIVE, Roles.DELIVERY_MANAGER, Roles.ADMIN})
    @Operation(summary = "Move the stage: identified → qualified → proposed → won/lost (lost from any open stage); If-Match required")
    public Response moveOpportunity(@PathParam("customerId") UUID customerId, @PathParam("id") UUID id,
                                    @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull StageRequest request) {
        OpportunityResponse o = service.moveOpportunity(customerId, id, ifMatch, request.stage());
        return Response.ok(o).tag(EntityVersions.tag(o.version())).build();
    }

    private String scope(UUID customerId, String what) {
        return user.username() + " POST /api/customers/" + customerId + "/account-plan/" + what;
    }

    private static Response created(UriInfo uri, UUID id, long version, Object body) {
        return Response.created(uri.getAbsolutePathBuilder().path(id.toString()).build())
                .tag(EntityVersions.tag(version)).entity(body).build();
    }
}
