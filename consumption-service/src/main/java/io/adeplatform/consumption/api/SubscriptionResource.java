package io.adeplatform.consumption.api;

import io.adeplatform.consumption.service.SubscriptionService;
import io.adeplatform.consumption.service.SubscriptionTransferService;
import io.adeplatform.platform.core.ExpectedVersion;
import io.adeplatform.platform.http.EntityVersions;
import io.adeplatform.platform.http.Page;
import io.adeplatform.platform.http.PageRequest;
import io.adeplatform.platform.http.QueryParams;
import io.adeplatform.platform.security.RoleSets;
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

import java.util.List;

@Path("/api/consumption/subscriptions")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SubscriptionResource extends WritingResource {

    @Inject
    SubscriptionService service;

    @Inject
    SubscriptionTransferService transfers;

    @POST
    @RolesAllowed(RoleSets.ACCOUNT_WRITERS)
    public Response create(@Valid @NotNull CreateSubscriptionRequest request,
                           @HeaderParam("Idempotency-Key") String idempotencyKey, @Context UriInfo uri) {
        return idempotent.create(idempotencyKey, request, () -> created(uri, SubscriptionResponse.from(service.create(
                request.id(), request.name(), request.customerId(), request.engagementId(), user.username()))));
    }

    @GET
    public Page<SubscriptionResponse> list(@QueryParam("customerId") String customerId,
                                           @QueryParam("engagementId") String engagementId,
                                           @Valid @BeanParam PageRequest page) {
        return (service.list(QueryParams.uuid("customerId", customerId),
                QueryParams.uuid("engagementId", engagementId), page)).map(SubscriptionResponse::from);
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id) {
        return ok(SubscriptionResponse.from(service.get(id)));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(RoleSets.ACCOUNT_WRITERS)
    public Response update(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull UpdateSubscriptionRequest request) {
        return ok(SubscriptionResponse.from(
                service.update(id, EntityVersions.expected(ifMatch), request.name(), request.engagementId())));
    }

    @POST
    @Path("{id}/transfer")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Move the subscription to another customer (admin only, audited). If-Match required; "
            + "Idempotency-Key accepted. Usage stored from then on counts for the new customer; the engagement link "
            + "is dropped")
    public Response transfer(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                             @HeaderParam("Idempotency-Key") String idempotencyKey,
                             @Valid @NotNull TransferSubscriptionRequest request) {
        ExpectedVersion expected = EntityVersions.expected(ifMatch);
        return idempotent.create(idempotencyKey, request, () -> ok(SubscriptionResponse.from(transfers.transfer(
                id, expected, request.customerId(), request.reason(), user.username()))));
    }

    @GET
    @Path("{id}/transfers")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "The audit of the subscription's transfers, oldest first (admin only)")
    public List<SubscriptionTransferResponse> transfers(@PathParam("id") String id) {
        return transfers.history(id).stream().map(SubscriptionTransferResponse::from).toList();
    }

    /** A subscription's id is the cloud's (text, not a UUID), so its response is not Versioned: id and ETag here. */
    private static Response created(UriInfo uri, SubscriptionResponse subscription) {
        return EntityVersions.created(uri, subscription.id(), subscription.version(), subscription);
    }

    private static Response ok(SubscriptionResponse subscription) {
        return EntityVersions.ok(subscription, subscription.version());
    }
}
