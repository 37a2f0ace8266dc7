package io.adeplatform.billing.api;

import io.adeplatform.billing.service.MilestoneInvoicingService;
import io.adeplatform.billing.service.ProfitabilityService;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;
import java.util.UUID;

/** An engagement's economics: profitability (revenue, cost, margin, budget burn) and how its milestones were billed. */
@Path("/api/billing/engagements")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class ProfitabilityResource {

    @Inject
    ProfitabilityService profitability;

    @Inject
    MilestoneInvoicingService milestones;

    @GET
    @Path("{id}/profitability")
    public ProfitabilityResponse profitability(@PathParam("id") UUID id) {
        return ProfitabilityResponse.from(profitability.of(id));
    }

    /** Each milestone portfolio reported accepted: invoiced (with the invoice) or skipped with the reason. */
    @GET
    @Path("{id}/milestone-billing")
    public List<MilestoneBillingResponse> milestoneBilling(@PathParam("id") UUID id) {
        return milestones.outcomes(id).stream().map(MilestoneBillingResponse::from).toList();
    }
}
