package io.adeplatform.portfolio.api;

import io.adeplatform.platform.security.RoleSets;
import io.adeplatform.portfolio.service.FinancialsService;
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

import java.util.List;
import java.util.UUID;

/** Actual costs of an engagement, the AC of its earned value ({@link FinancialsResource}); finance records them too. */
@Path("/api/engagements/{id}/costs")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CostResource extends CreatingResource {

    @Inject
    FinancialsService financials;

    @POST
    @RolesAllowed(RoleSets.ACCOUNT_WRITERS)
    public Response add(@PathParam("id") UUID id, @Valid @NotNull CostRequest request,
                        @HeaderParam("Idempotency-Key") String idempotencyKey) {
        // entries are corrected by new entries, never updated
        return recorded(idempotencyKey, request, () -> CostResponse.from(financials.record(id, request.date(),
                request.amount(), request.description(), user.username())), CostResponse::id);
    }

    @GET
    public List<CostResponse> list(@PathParam("id") UUID id) {
        return financials.list(id).stream().map(CostResponse::from).toList();
    }
}
