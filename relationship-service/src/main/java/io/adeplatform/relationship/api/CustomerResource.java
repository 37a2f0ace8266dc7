package io.adeplatform.relationship.api;

import io.adeplatform.platform.http.EntityVersions;
import io.adeplatform.platform.http.Page;
import io.adeplatform.platform.http.PageRequest;
import io.adeplatform.platform.http.QueryParams;
import io.adeplatform.platform.security.AccountAccess;
import io.adeplatform.platform.security.RoleSets;
import io.adeplatform.relationship.domain.Customer;
import io.adeplatform.relationship.domain.CustomerStatus;
import io.adeplatform.relationship.service.CustomerService;
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

/**
 * Customers: registration, attributes and status. Writes that answer with the customer run in one transaction with
 * the use case, so its account team (loaded lazily) can be mapped.
 */
@Path("/api/customers")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Customers", description = "The strategic customers of the ADE and their status; the source of account-team "
        + "scoping in every service (a caller off a customer's account team gets 404 for it everywhere)")
public class CustomerResource extends WritingResource {

    @Inject
    CustomerService service;

    @Inject
    AccountAccess access;

    @POST
    @RolesAllowed(RoleSets.DELIVERY_WRITERS)
    @Operation(operationId = "createCustomer", summary = "Register a customer",
            description = "Realm roles executive, delivery-manager or admin. The caller becomes the customer's first "
                    + "executive. Answers 201 with Location and ETag \"0\"; publishes CustomerRegistered and the "
                    + "customer's state.")
    @APIResponse(responseCode = "201", description = "Registered",
            content = @Content(schema = @Schema(implementation = CustomerResponse.class)))
    public Response create(@Valid @NotNull CustomerRequest request,
                           @Parameter(description = IDEMPOTENCY_KEY) @HeaderParam("Idempotency-Key") String idempotencyKey,
                           @Context UriInfo uri) {
        return idempotent.created(idempotencyKey, request, uri, () -> {
            CustomerResponse registered = CustomerResponse.from(service.register(request.profile(), user.username()));
            // the registrant is on its team now; checked here so that a replay of this key checks it again
            access.requireVisible(registered.id());
            return registered;
        });
    }

    @GET
    @Operation(operationId = "listCustomers", summary = "List the caller's customers",
            description = "Any role. The customers whose account team includes the caller (all of them for admins), "
                    + "by name, paginated; every filter is optional and exact except q.")
    public Page<CustomerResponse> list(
            @Parameter(description = "Only this segment, e.g. state-government") @QueryParam("segment") String segment,
            @Parameter(description = "Only this tier, e.g. tier-1") @QueryParam("tier") String tier,
            @Parameter(description = "Only this region, e.g. us-west") @QueryParam("region") String region,
            @Parameter(description = "Only this status: active or archived") @QueryParam("status") String status,
            @Parameter(description = "Name contains this text (case-insensitive)") @QueryParam("q") String nameContains,
            @Valid @BeanParam PageRequest page) {
        return service.list(segment, tier, region, QueryParams.enumValue(CustomerStatus.class, "status", status),
                nameContains, page).map(CustomerResponse::from);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getCustomer", summary = "Read a customer",
            description = "Any role on the customer's account team (or admin). Answers with the customer, its account "
                    + "team and its ETag.")
    @APIResponse(responseCode = "200", description = "The customer",
            content = @Content(schema = @Schema(implementation = CustomerResponse.class)))
    public Response get(@Parameter(description = CUSTOMER_ID) @PathParam("id") UUID id) {
        return ok(service.get(id));
    }

    @PUT
    @Path("{id}")
    @Transactional
    @RolesAllowed(RoleSets.DELIVERY_WRITERS)
    @Operation(operationId = "updateCustomer", summary = "Replace a customer's attributes",
            description = WRITERS + " Replaces name, segment, tier, industry and region (an omitted optional "
                    + "field is cleared). Publishes CustomerUpdated and the customer's state when something changed.")
    @APIResponse(responseCode = "200", description = "The changed customer with its new ETag",
            content = @Content(schema = @Schema(implementation = CustomerResponse.class)))
    public Response update(@Parameter(description = CUSTOMER_ID) @PathParam("id") UUID id,
                           @Parameter(description = IF_MATCH, required = true)
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull CustomerRequest request) {
        return ok(service.update(id, EntityVersions.expected(ifMatch), request.profile(), user.username()));
    }

    @POST
    @Path("{id}/transitions")
    @Transactional
    @RolesAllowed(RoleSets.EXECUTIVES)
    @Operation(operationId = "transitionCustomer", summary = "Move a customer's status (archive it)",
            description = "Realm roles executive or admin, and a writing role on the account team. The one move is "
                    + "active → archived: the customer and all its data become read-only. Any other move is a 409 "
                    + "illegal-transition naming from, to and the allowed targets. Publishes CustomerArchived and the "
                    + "customer's state.")
    @APIResponse(responseCode = "200", description = "The customer in its new status, with its new ETag",
            content = @Content(schema = @Schema(implementation = CustomerResponse.class)))
    public Response transition(@Parameter(description = CUSTOMER_ID) @PathParam("id") UUID id,
                               @Parameter(description = IF_MATCH, required = true)
                               @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                               @Valid @NotNull CustomerTransitionRequest request) {
        return ok(service.transition(id, EntityVersions.expected(ifMatch), request.to(), user.username()));
    }

    /** 200 with the customer and its ETag (account-team changes answer with the customer too). */
    static Response ok(Customer customer) {
        return EntityVersions.ok(CustomerResponse.from(customer));
    }
}
