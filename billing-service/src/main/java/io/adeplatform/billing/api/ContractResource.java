package io.adeplatform.billing.api;

import io.adeplatform.platform.core.NotFound;
import io.adeplatform.billing.domain.ComplianceItemType;
import io.adeplatform.billing.domain.ContractStatus;
import io.adeplatform.billing.service.ContractService;
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

import java.util.UUID;

/** Contracts, their approval, compliance and signature, and their revenue recognition. */
@Path("/api/contracts")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ContractResource {

    static final String[] WRITERS = {Roles.EXECUTIVE, Roles.FINANCE, Roles.ADMIN};

    @Inject
    ContractService service;

    @Inject
    IdempotentCreates idempotent;

    @Inject
    CurrentUser user;

    @POST
    @RolesAllowed({Roles.EXECUTIVE, Roles.FINANCE, Roles.ADMIN})
    public Response create(@Valid @NotNull ContractRequests.CreateContract request,
                           @HeaderParam("Idempotency-Key") String idempotencyKey, @Context UriInfo uri) {
        return idempotent.create(idempotencyKey, user.username() + " POST /api/contracts", request, () -> {
            ContractResponse contract = service.create(request);
            return Response.created(uri.getAbsolutePathBuilder().path(contract.id().toString()).build())
                    .tag(EntityVersions.tag(contract.version())).entity(contract).build();
        });
    }

    @GET
    public Page<ContractResponse> list(@QueryParam("customerId") UUID customerId, @QueryParam("status") String status,
                                       @QueryParam("engagementId") UUID engagementId, @Valid @BeanParam PageRequest page) {
        return service.list(customerId, WireEnums.parse(ContractStatus.class, status, "status"), engagementId, page);
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") UUID id) {
        return ok(service.get(id));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.EXECUTIVE, Roles.FINANCE, Roles.ADMIN})
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull ContractRequests.UpdateContract request) {
        return ok(service.update(id, ifMatch, request));
    }

    @POST
    @Path("{id}/submit")
    @RolesAllowed({Roles.EXECUTIVE, Roles.FINANCE, Roles.ADMIN})
    public Response submit(@PathParam("id") UUID id) {
        return ok(service.submit(id));
    }

    @POST
    @Path("{id}/approve")
    @RolesAllowed({Roles.EXECUTIVE, Roles.FINANCE})
    public Response approve(@PathParam("id") UUID id, @Valid ContractRequests.Decision decision) {
        return ok(service.approve(id, decision == null ? null : decision.comment()));
    }

    @POST
    @Path("{id}/reject")
    @RolesAllowed({Roles.EXECUTIVE, Roles.FINANCE})
    public Response reject(@PathParam("id") UUID id, @Valid @NotNull ContractRequests.Rejection rejection) {
        return ok(service.reject(id, rejection.comment()));
    }

    @POST
    @Path("{id}/sign")
    @RolesAllowed({Roles.EXECUTIVE, Roles.FINANCE, Roles.ADMIN})
    public Response sign(@PathParam("id") UUID id) {
        return ok(service.sign(id));
    }

    @POST
    @Path("{id}/activate")
    @RolesAllowed({Roles.EXECUTIVE, Roles.FINANCE, Roles.ADMIN})
    public Response activate(@PathParam("id") UUID id) {
        return ok(service.activate(id));
    }

    @POST
    @Path("{id}/close")
    @RolesAllowed({Roles.EXECUTIVE, Roles.FINANCE, Roles.ADMIN})
    public Response close(@PathParam("id") UUID id) {
        return ok(service.close(id));
    }

    /** Marks one compliance checklist item (legal-review, security-review, data-protection, public-procurement) done. */
    @POST
    @Path("{id}/compliance/{item}")
    @RolesAllowed({Roles.EXECUTIVE, Roles.FINANCE, Roles.ADMIN})
    public Response completeCompliance(@PathParam("id") UUID id, @PathParam("item") String item,
                                       @Valid ContractRequests.ComplianceCompletion completion) {
        ComplianceItemType type;
        try {
            type = ComplianceItemType.fromWire(item);
        } catch (IllegalArgumentException e) {
            throw new NotFound("compliance item", item);
        }
        return ok(service.completeCompliance(id, type, completion == null ? null : completion.note()));
    }

    /** Percent complete of a fixed-fee line, the basis of its revenue recognition. */
    @PUT
    @Path("{id}/lines/{lineId}/progress")
    @RolesAllowed({Roles.EXECUTIVE, Roles.FINANCE, Roles.DELIVERY_MANAGER, Roles.ADMIN})
    public Response progress(@PathParam("id") UUID id, @PathParam("lineId") UUID lineId,
                             @Valid @NotNull ContractRequests.Progress progress) {
        return ok(service.progress(id, lineId, progress.percentComplete()));
    }

    @GET
    @Path("{id}/revenue")
    public RevenueResponse revenue(@PathParam("id") UUID id) {
        return service.revenue(id);
    }

    private static Response ok(ContractResponse contract) {
        return Response.ok(contract).tag(EntityVersions.tag(contract.version())).build();
    }
}
