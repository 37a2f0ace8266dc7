package io.adeplatform.consumption.api;

import io.adeplatform.consumption.api.SubscriptionRequests.CreateSubscription;
import io.adeplatform.consumption.api.SubscriptionRequests.SubscriptionResponse;
import io.adeplatform.consumption.api.SubscriptionRequests.UpdateSubscription;
import io.adeplatform.consumption.service.SubscriptionService;
import io.adeplatform.platform.http.EntityVersions;
import io.adeplatform.platform.http.Page;
import io.adeplatform.platform.http.PageRequest;
import io.adeplatform.platform.persistence.IdempotentCreates;
import io.adeplatform.platform.security.CurrentUser;
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

@Path("/api/consumption/subscriptions")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SubscriptionResource {

    @Inject
    SubscriptionService service;

    @Inject
    IdempotentCreates idempotent;

    @Inject
    CurrentUser user;

    @POST
    @RolesAllowed({Writers.EXECUTIVE, Writers.DELIVERY_MANAGER, Writers.FINANCE, Writers.ADMIN})
    public Response create(@Valid @NotNull CreateSubscription request,
                           @HeaderParam("Idempotency-Key") String idempotencyKey, @Context UriInfo uri) {
        return idempotent.create(idempotencyKey, user.username() + " POST /api/consumption/subscriptions", request, () -> {
            SubscriptionResponse created = service.create(request.id(), request.name(), request.customerId(),
                    request.engagementId(), user.username());
            return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build())
                    .tag(EntityVersions.tag(created.version())).entity(created).build();
        });
    }

    @GET
    public Page<SubscriptionResponse> list(@QueryParam("customerId") UUID customerId,
                                           @QueryParam("engagementId") UUID engagementId,
                                           @Valid @BeanParam PageRequest page) {
        return service.list(customerId, engagementId, page);
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id) {
        SubscriptionResponse subscription = service.get(id);
        return Response.ok(subscription).tag(EntityVersions.tag(subscription.version())).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Writers.EXECUTIVE, Writers.DELIVERY_MANAGER, Writers.FINANCE, Writers.ADMIN})
    public Response update(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull UpdateSubscription request) {
        SubscriptionResponse subscription = service.update(id, ifMatch, request.name(), request.engagementId());
        return Response.ok(subscription).tag(EntityVersions.tag(subscription.version())).build();
    }
}
