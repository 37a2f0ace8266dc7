package io.adeplatform.portfolio.api;

import io.adeplatform.platform.http.Page;
import io.adeplatform.platform.http.PageRequest;
import io.adeplatform.platform.security.RoleSets;
import io.adeplatform.portfolio.service.FinancialsService;
import io.adeplatform.portfolio.api.EngagementResource.ApiDocs;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** Actual costs of an engagement, the AC of its earned value ({@link FinancialsResource}); finance records them too. */
@Path("/api/engagements/{id}/costs")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Engagement costs", description = "The actual-cost ledger of an engagement (the AC of its earned value): "
        + "entries recorded by hand and billing's approved time. Corrected by new entries, never changed.")
public class CostResource extends CreatingResource {

    @Inject
    FinancialsService financials;

    @POST
    @RolesAllowed(RoleSets.ACCOUNT_WRITERS)
    @Operation(operationId = "createEngagementCost", summary = "Record an actual cost",
            description = "Realm roles executive, delivery-manager, finance or admin, and a writing role on the "
                    + "customer's account team (a viewer gets 403). Records a cost in the engagement's budget currency "
                    + "(422 currency-mismatch otherwise; a negative amount corrects an earlier entry, zero is 400); "
                    + "publishes engagement.actual-cost-changed with the running total and refreshes the health. 409 "
                    + "engagement-closed once in closure. No ETag: an entry never changes.")
    @APIResponse(responseCode = "201", description = ApiDocs.CREATED,
            content = @Content(schema = @Schema(implementation = CostResponse.class)))
    public Response add(@Parameter(description = ApiDocs.ENGAGEMENT_ID) @PathParam("id") UUID id,
                        @Valid @NotNull CostRequest request,
                        @Parameter(description = ApiDocs.IDEMPOTENCY_KEY) @HeaderParam("Idempotency-Key")
                        String idempotencyKey) {
        // entries are corrected by new entries, never updated
        return recorded(idempotencyKey, request, () -> CostResponse.from(financials.record(id, request.date(),
                request.amount(), request.description(), user.username())), CostResponse::id);
    }

    @GET
    @Operation(operationId = "listEngagementCosts", summary = "List an engagement's cost entries",
            description = ApiDocs.READERS + "By date, then when recorded; manual entries and billing's approved time.")
    public Page<CostResponse> list(@Parameter(description = ApiDocs.ENGAGEMENT_ID) @PathParam("id") UUID id,
                                   @Valid @BeanParam PageRequest page) {
        return financials.list(id, page).map(CostResponse::from);
    }

    @GET
    @Path("{entryId}")
    @Operation(operationId = "getEngagementCost", summary = "Read a cost entry",
            description = ApiDocs.READERS + "One entry of the ledger.")
    public CostResponse get(@Parameter(description = ApiDocs.ENGAGEMENT_ID) @PathParam("id") UUID id,
                            @Parameter(description = "The entry's id (one of this engagement's, else 404)")
                            @PathParam("entryId") UUID entryId) {
        return CostResponse.from(financials.get(id, entryId));
    }
}
