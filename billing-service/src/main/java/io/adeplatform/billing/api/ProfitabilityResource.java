package io.adeplatform.billing.api;

import io.adeplatform.billing.service.ProfitabilityService;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.UUID;

/** Engagement profitability: revenue, cost, margin and budget burn. */
@Path("/api/billing/engagements")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class ProfitabilityResource {

    @Inject
    ProfitabilityService profitability;

    @GET
    @Path("{id}/profitability")
    public ProfitabilityResponse profitability(@PathParam("id") UUID id) {
        return ProfitabilityResponse.from(profitability.of(id));
    }
}
