package io.adeplatform.relationship.api;

import io.adeplatform.platform.http.EntityVersions;
import io.adeplatform.platform.persistence.IdempotentCreates;
import io.adeplatform.platform.security.CurrentUser;
import io.adeplatform.platform.security.Roles;
import io.adeplatform.relationship.service.CustomerService;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.QueryParam;
import io.adeplatform.platform.http.Page;
import io.adeplatform.platform.http.PageRequest;
import io.adeplatform.platform.http.WireEnums;
import io.adeplatform.relationship.domain.CustomerStatus;

import java.util.UUID;

@Path("/api/customers")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CustomerResource {

    @Inject
    CustomerService service;

    @Inject
    IdempotentCreates idempotent;

    @Inject
    CurrentUser user;

    @POST
    @RolesAllowed({Roles.EXECUTIVE, Roles.DELIVERY_MANAGER, Roles.ADMIN})
    public Response create(@Valid @NotNull CreateCustomerRequest request,
                           @HeaderParam("Idempotency-Key") String idempotencyKey,
                           @Context UriInfo uri) {
        return idempotent.create(idempotencyKey, user.username() + " POST /api/customers", request, () -> {
            CustomerResponse customer = service.register(request.name(), request.segment(), user.username());
            return Response.created(uri.getAbsolutePathBuilder().path(customer.id().toString()).build())
                    .tag(EntityVersions.tag(customer.version()))
                    .entity(customer)
                    .build();
        });
    }

    @GET
    public Page<CustomerResponse> list(@QueryParam("segment") String segment,
                                       @QueryParam("status") String status,
                                       @QueryParam("q") String nameContains,
                                       @Valid @BeanParam PageRequest page) {
        return service.list(segment, WireEnums.parse(CustomerStatus.class, status, "status"), nameContains, page);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.EXECUTIVE, Roles.DELIVERY_MANAGER, Roles.ADMIN})
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull UpdateCustomerRequest request) {
        CustomerResponse customer = service.update(id, ifMatch, request.name(), request.segment(), user.username());
        return Response.ok(customer).tag(EntityVersions.tag(customer.version())).build();
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") UUID id) {
        CustomerResponse customer = service.get(id);
        return Response.ok(customer).tag(EntityVersions.tag(customer.version())).build();
    }
}
