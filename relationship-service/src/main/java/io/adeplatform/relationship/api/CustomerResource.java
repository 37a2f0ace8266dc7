package io.adeplatform.relationship.api;

import io.adeplatform.platform.core.ExpectedVersion;
import io.adeplatform.platform.http.EntityVersions;
import io.adeplatform.platform.http.Page;
import io.adeplatform.platform.http.PageRequest;
import io.adeplatform.platform.http.QueryParams;
import io.adeplatform.platform.security.AccountAccess;
import io.adeplatform.platform.security.RoleSets;
import io.adeplatform.relationship.domain.Customer;
import io.adeplatform.relationship.domain.CustomerStatus;
import io.adeplatform.relationship.service.CustomerService;
import io.adeplatform.relationship.service.HealthService;
import io.adeplatform.relationship.service.StakeholderService;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
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

/**
 * Customers, and the views computed over one customer's data (org chart, coverage, health). Writes that answer
 * with the customer run in one transaction with the use case, so its account team (loaded lazily) can be mapped.
 */
@Path("/api/customers")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CustomerResource extends WritingResource {

    @Inject
    CustomerService service;

    @Inject
    AccountAccess access;

    @Inject
    StakeholderService stakeholders;

    @Inject
    HealthService health;

    @POST
    @RolesAllowed(RoleSets.DELIVERY_WRITERS)
    @Operation(summary = "Register a customer; the caller becomes its executive")
    public Response create(@Valid @NotNull CustomerRequest request, @HeaderParam("Idempotency-Key") String idempotencyKey,
                           @Context UriInfo uri) {
        return idempotent.created(idempotencyKey, request, uri, () -> {
            CustomerResponse registered = CustomerResponse.from(service.register(request.profile(), user.username()));
            // the registrant is on its team now; checked here so that a replay of this key checks it again
            access.requireVisible(registered.id());
            return registered;
        });
    }

    @GET
    @Operation(summary = "List the caller's customers, filtered by segment, tier, region, status and name (q)")
    public Page<CustomerResponse> list(@QueryParam("segment") String segment, @QueryParam("tier") String tier,
                                       @QueryParam("region") String region, @QueryParam("status") String status,
                                       @QueryParam("q") String nameContains, @Valid @BeanParam PageRequest page) {
        return (service.list(segment, tier, region,
                QueryParams.enumValue(CustomerStatus.class, "status", status), nameContains, page)).map(CustomerResponse::from);
    }

    @PUT
    @Path("{id}")
    @Transactional
    @RolesAllowed(RoleSets.DELIVERY_WRITERS)
    @Operation(summary = "Change name, segment, tier, industry and region (If-Match required)")
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull CustomerRequest request) {
        return ok(service.update(id, EntityVersions.expected(ifMatch), request.profile(), user.username()));
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") UUID id) {
        return ok(service.get(id));
    }

    @POST
    @Path("{id}/archive")
    @Transactional
    @RolesAllowed(RoleSets.EXECUTIVES)
    @Operation(summary = "Archive the customer (active → archived); it becomes read-only. If-Match optional")
    public Response archive(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return ok(service.archive(id, EntityVersions.expectedIfSent(ifMatch), user.username()));
    }

    @GET
    @Path("{id}/org-chart")
    @Operation(summary = "The customer's stakeholders as a reports-to tree")
    public OrgChartResponse orgChart(@PathParam("id") UUID id) {
        return OrgChartResponse.from(stakeholders.orgChart(id));
    }

    @GET
    @Path("{id}/coverage")
    @Operation(summary = "Key roles with and without an engaged stakeholder, and stale contacts")
    public CoverageResponse coverage(@PathParam("id") UUID id) {
        return CoverageResponse.from(id, health.coverage(id));
    }

    @GET
    @Path("{id}/health")
    @Operation(summary = "Relationship health now: score, band and the factors that made it")
    public HealthResponse health(@PathParam("id") UUID id) {
        return HealthResponse.from(health.current(id));
    }

    @GET
    @Path("{id}/health/history")
    @Operation(summary = "Every recorded change of relationship health, oldest first")
    public Page<HealthHistoryResponse> healthHistory(@PathParam("id") UUID id, @Valid @BeanParam PageRequest page) {
        return health.history(id, page).map(HealthHistoryResponse::from);
    }

    /** 200 with the customer and its ETag (account-team changes answer with the customer too). */
    static Response ok(Customer customer) {
        return EntityVersions.ok(CustomerResponse.from(customer));
    }

}
