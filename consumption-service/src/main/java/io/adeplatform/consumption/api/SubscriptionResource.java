package io.adeplatform.consumption.api;

import io.adeplatform.platform.http.ApiParameters;
import io.adeplatform.consumption.service.SubscriptionService;
import io.adeplatform.platform.http.EntityVersions;
import io.adeplatform.platform.http.Page;
import io.adeplatform.platform.http.PageRequest;
import io.adeplatform.platform.http.QueryParams;
import io.adeplatform.platform.security.RoleSets;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/consumption/subscriptions")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Consumption subscriptions", description = "Cloud subscriptions mapped to customers: usage is attributed "
        + "to a customer through the subscription it was billed on")
public class SubscriptionResource extends WritingResource {

    static final String ID = "The cloud's subscription id (letters, digits and . _ : / -, at most 100)";

    @Inject
    SubscriptionService service;

    @POST
    @RolesAllowed(RoleSets.ACCOUNT_WRITERS)
    @Operation(operationId = "createSubscription", summary = "Register a cloud subscription for a customer",
            description = "Writers on the customer's account team (executive, delivery-manager, finance) or an admin; "
                    + "a viewer gets 403, a caller outside the team 404. 409 subscription-exists when the caller can "
                    + "see the id's holder; 422 subscription-not-registrable when a customer the caller cannot see "
                    + "holds it (the text names neither the holder nor that the id exists); 422 unknown-customer, "
                    + "unknown-engagement. Accepts Idempotency-Key. Publishes no event.")
    @APIResponse(responseCode = "201", description = "Registered; Location names it, ETag is its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SubscriptionResponse.class)))
    public Response create(@Valid @NotNull CreateSubscriptionRequest request,
                           @Parameter(description = ApiParameters.IDEMPOTENCY_KEY) @HeaderParam("Idempotency-Key") String idempotencyKey, @Context UriInfo uri) {
        return idempotent.create(idempotencyKey, request, () -> created(uri, SubscriptionResponse.from(service.create(
                request.id(), request.name(), request.customerId(), request.engagementId(), user.username()))));
    }

    @GET
    @Operation(operationId = "listSubscriptions", summary = "List the subscriptions the caller may see",
            description = "Any platform user: the subscriptions of the customers on whose account team the caller is "
                    + "(every one for an admin), ordered by id, optionally of one customer or engagement. A customer "
                    + "or engagement the caller cannot see, or that does not exist, gives an empty page.")
    public Page<SubscriptionResponse> list(
            @Parameter(description = "Only this customer's subscriptions (a UUID)") @QueryParam("customerId") String customerId,
            @Parameter(description = "Only the subscriptions linked to this engagement (a UUID)")
            @QueryParam("engagementId") String engagementId,
            @Valid @BeanParam PageRequest page) {
        return (service.list(QueryParams.uuid("customerId", customerId),
                QueryParams.uuid("engagementId", engagementId), page)).map(SubscriptionResponse::from);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getSubscription", summary = "Read a subscription",
            description = "Any platform user on the holder's account team, or an admin; 404 for everyone else. The "
                    + "ETag is the version an update's If-Match must name.")
    @APIResponse(responseCode = "200", description = "The subscription, its version in ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SubscriptionResponse.class)))
    public Response get(@Parameter(description = ID) @PathParam("id") String id) {
        return ok(SubscriptionResponse.from(service.get(id)));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(RoleSets.ACCOUNT_WRITERS)
    @Operation(operationId = "updateSubscription", summary = "Rename a subscription or change its engagement",
            description = "Writers on the holder's account team or an admin (viewer 403). If-Match required (428 "
                    + "without, 412 when stale). The customer never changes here (an admin transfers a subscription); "
                    + "422 unknown-engagement for an engagement not of the holder. Publishes no event.")
    @APIResponse(responseCode = "200", description = "The changed subscription, its new version in ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SubscriptionResponse.class)))
    public Response update(@Parameter(description = ID) @PathParam("id") String id,
                           @Parameter(description = ApiParameters.IF_MATCH, required = true)
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull UpdateSubscriptionRequest request) {
        return ok(SubscriptionResponse.from(
                service.update(id, EntityVersions.expected(ifMatch), request.name(), request.engagementId())));
    }

    /** A subscription's id is the cloud's (text, not a UUID), so its response is not Versioned: id and ETag here. */
    private static Response created(UriInfo uri, SubscriptionResponse subscription) {
        return EntityVersions.created(uri, subscription.id(), subscription.version(), subscription);
    }

    static Response ok(SubscriptionResponse subscription) {
        return EntityVersions.ok(subscription, subscription.version());
    }
}
