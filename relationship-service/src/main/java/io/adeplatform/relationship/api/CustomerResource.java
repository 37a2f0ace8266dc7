package io.adeplatform.relationship.api;

import io.adeplatform.platform.http.EntityVersions;
import io.adeplatform.platform.http.Page;
import io.adeplatform.platform.http.PageRequest;
import io.adeplatform.platform.core.WireEnums;
import io.adeplatform.platform.persistence.IdempotentCreates;
import io.adeplatform.platform.security.CurrentUser;
import io.adeplatform.platform.security.Roles;
import io.adeplatform.relationship.domain.CustomerStatus;
import io.adeplatform.relationship.persistence.CustomerFilter;
import io.adeplatform.relationship.service.CustomerService;
import io.adeplatform.relationship.service.CustomerService.Attributes;
import io.adeplatform.relationship.service.HealthService;
import io.adeplatform.relationship.service.StakeholderService;
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

@Path("/api/customers")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CustomerResource {

    @Inject
    CustomerService service;

    @Inject
    StakeholderService stakeholders;

    @Inject
    HealthService health;

    @Inject
    IdempotentCreates idempotent;

    @Inject
    CurrentUser user;

    @POST
    @RolesAllowed({Roles.EXECUTIVE, Roles.DELIVERY_MANAGER, Roles.ADMIN})
    @Operation(summary = "Register a customer; the caller becomes its executive")
    public Response create(@Valid @NotNull CreateCustomerRequest request,
                           @HeaderParam("Idempotency-Key") String idempotencyKey,
                           @Context UriInfo uri) {
        return idempotent.create(idempotencyKey, user.username() + " POST /api/customers", request, () -> {
            CustomerResponse customer = service.register(new Attributes(request.name(), request.segment(),
                    request.tier(), request.industry(), request.region()), user.username());
            return Response.created(uri.getAbsolutePathBuilder().path(customer.id().toString()).build())
                    .tag(EntityVersions.tag(customer.version()))
                    .entity(customer)
                    .build();
        });
    }

    @GET
    @Operation(summary = "List the caller's customers, filtered by segment, tier, region, status and name (q)")
    public Page<CustomerResponse> list(@QueryParam("segment") String segment,
                                       @QueryParam("tier") String tier,
                                       @QueryParam("region") String region,
                                       @QueryParam("status") String status,
                                       @QueryParam("q") String nameContains,
                                       @Valid @BeanParam PageRequest page) {
        return service.list(new CustomerFilter(segment, tier, region,
                WireEnums.parse(CustomerStatus.class, status, "status"), nameContains, java.util.Optional.empty()), page);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.EXECUTIVE, Roles.DELIVERY_MANAGER, Roles.ADMIN})
    @Operation(summary = "Change name, segment, tier, industry and region (If-Match required)")
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull UpdateCustomerRequest request) {
        CustomerResponse customer = service.update(id, ifMatch, new Attributes(request.name(), request.segment(),
                request.tier(), request.industry(), request.region()), user.username());
        return Response.ok(customer).tag(EntityVersions.tag(customer.version())).build();
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") UUID id) {
        CustomerResponse customer = service.get(id);
        return Response.ok(customer).tag(EntityVersions.tag(customer.version())).build();
    }

    @POST
    @Path("{id}/archive")
    @RolesAllowed({Roles.EXECUTIVE, Roles.ADMIN})
    @Operation(summary = "Archive the customer (active → archived); it becomes read-only. If-Match optional")
    public Response archive(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        CustomerResponse customer = service.archive(id, ifMatch, user.username());
        return Response.ok(customer).tag(EntityVersions.tag(customer.version())).build();
    }

    @GET
    @Path("{id}/org-chart")
    @Operation(summary = "The customer's stakeholders as a reports-to tree")
    public OrgChartResponse orgChart(@PathParam("id") UUID id) {
        return stakeholders.orgChart(id);
    }

    @GET
    @Path("{id}/coverage")
    @Operation(summary = "Key roles with and without an engaged stakeholder, and stale contacts")
    public CoverageResponse coverage(@PathParam("id") UUID id) {
        return health.coverage(id);
    }

    @GET
    @Path("{id}/health")
    @Operation(summary = "Relationship health now: score, band and the factors that made it")
    public HealthResponse health(@PathParam("id") UUID id) {
        return health.health(id);
    }

    @GET
    @Path("{id}/health/history")
    @Operation(summary = "Every recorded change of relationship health, oldest first")
    public Page<HealthHistoryEntry> healthHistory(@PathParam("id") UUID id, @Valid @BeanParam PageRequest page) {
        return health.history(id, page);
    }
}
