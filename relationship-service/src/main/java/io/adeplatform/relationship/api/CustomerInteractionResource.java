package io.adeplatform.relationship.api;

import io.adeplatform.platform.http.Page;
import io.adeplatform.platform.http.PageRequest;
import io.adeplatform.platform.http.QueryParams;
import io.adeplatform.platform.security.RoleSets;
import io.adeplatform.relationship.domain.InteractionType;
import io.adeplatform.relationship.service.InteractionService;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
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
import static io.adeplatform.relationship.api.DocumentedParams.WRITERS;

/** A customer's interactions; each one lives on at /api/interactions/{id}. */
@Path("/api/customers/{customerId}/interactions")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = CustomerInteractionResource.TAG, description = CustomerInteractionResource.TAG_DESCRIPTION)
public class CustomerInteractionResource extends WritingResource {

    static final String TAG = "Interactions";
    static final String TAG_DESCRIPTION = "Contacts with a customer's stakeholders that happened (meetings, executive "
            + "briefings, QBRs, steering committees, e-mails, calls), with their outcome; a record, never edited";

    @Inject
    InteractionService service;

    @POST
    @RolesAllowed(RoleSets.DELIVERY_WRITERS)
    @Operation(operationId = "createInteraction", summary = "Record an interaction with a customer's stakeholders",
            description = WRITERS + " The date is today or earlier (422 interaction-in-future) and every "
                    + "stakeholder is the customer's (422 unknown-stakeholder). Answers 201 with Location "
                    + "/api/interactions/{id}; the customer's relationship health is recomputed.")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = InteractionResponse.class)))
    public Response create(@Parameter(description = CUSTOMER_ID) @PathParam("customerId") UUID customerId,
                           @Valid @NotNull InteractionRequest request,
                           @Parameter(description = IDEMPOTENCY_KEY) @HeaderParam("Idempotency-Key") String idempotencyKey,
                           @Context UriInfo uri) {
        return idempotent.create(idempotencyKey, request, () -> InteractionResource.created(uri,
                InteractionResponse.from(service.create(customerId, request.details(), user.username()))));
    }

    @GET
    @Operation(operationId = "listInteractions", summary = "List a customer's interactions",
            description = "Any role on the customer's account team (or admin). Newest first, paginated.")
    public Page<InteractionResponse> list(@Parameter(description = CUSTOMER_ID)
                                          @PathParam("customerId") UUID customerId,
                                          @Parameter(description = "Only this type, e.g. qbr")
                                          @QueryParam("type") String type,
                                          @Parameter(description = "Only on or after this date (ISO, inclusive)")
                                          @QueryParam("from") String from,
                                          @Parameter(description = "Only on or before this date (ISO, inclusive)")
                                          @QueryParam("to") String to,
                                          @Valid @BeanParam PageRequest page) {
        return (service.ofCustomer(customerId, QueryParams.enumValue(InteractionType.class, "type", type),
                QueryParams.date("from", from), QueryParams.date("to", to), page)).map(InteractionResponse::from);
    }
}
