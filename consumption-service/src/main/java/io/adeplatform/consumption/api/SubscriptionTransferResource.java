package io.adeplatform.consumption.api;

import io.adeplatform.platform.http.ApiParameters;
import io.adeplatform.consumption.service.SubscriptionTransferService;
import io.adeplatform.platform.core.ExpectedVersion;
import io.adeplatform.platform.http.EntityVersions;
import io.adeplatform.platform.http.Page;
import io.adeplatform.platform.http.PageRequest;
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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A subscription's moves to another customer, in the transitions style: POSTing a move changes the subscription and
 * answers with it (200, new ETag), GET lists the moves made (the audit).
 */
@Path("/api/consumption/subscriptions/{id}/transfers")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Consumption subscription transfers",
        description = "Moving a subscription to another customer (admins only) and the audit of those moves")
public class SubscriptionTransferResource extends WritingResource {

    @Inject
    SubscriptionTransferService transfers;

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "transferSubscription", summary = "Move a subscription to another customer",
            description = "Admins only (403 for everyone else). If-Match required (428 without, 412 when stale); "
                    + "Idempotency-Key accepted (a retry replays the first answer). Writes an audit row; usage stored "
                    + "from then on counts for the new customer, usage stored before stays the previous one's; the "
                    + "engagement link is dropped. 422 unknown-customer (target unknown or archived) or "
                    + "subscription-already-held. Publishes no event.")
    @APIResponse(responseCode = "200", description = "The subscription with its new holder, its new version in ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SubscriptionResponse.class)))
    public Response transfer(@Parameter(description = SubscriptionResource.ID) @PathParam("id") String id,
                             @Parameter(description = ApiParameters.IF_MATCH, required = true)
                             @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                             @Parameter(description = ApiParameters.IDEMPOTENCY_KEY) @HeaderParam("Idempotency-Key") String idempotencyKey,
                             @Valid @NotNull TransferSubscriptionRequest request) {
        ExpectedVersion expected = EntityVersions.expected(ifMatch);
        return idempotent.create(idempotencyKey, request, () -> SubscriptionResource.ok(SubscriptionResponse.from(
                transfers.transfer(id, expected, request.customerId(), request.reason(), user.username()))));
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "listSubscriptionTransfers", summary = "List a subscription's transfers",
            description = "Admins only. The audit of the subscription's moves (who, when, from, to, why), oldest "
                    + "first; 404 for an unknown subscription. Changes nothing.")
    public Page<SubscriptionTransferResponse> list(
            @Parameter(description = SubscriptionResource.ID) @PathParam("id") String id,
            @Valid @BeanParam PageRequest page) {
        return transfers.history(id, page).map(SubscriptionTransferResponse::from);
    }
}
