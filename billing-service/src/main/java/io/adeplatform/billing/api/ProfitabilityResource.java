package io.adeplatform.billing.api;

import io.adeplatform.billing.service.MilestoneInvoicingService;
import io.adeplatform.billing.service.ProfitabilityService;
import io.adeplatform.platform.http.Page;
import io.adeplatform.platform.http.PageRequest;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** An engagement's economics: profitability (revenue, cost, margin, budget burn) and how its milestones were billed. */
@Path("/api/billing/engagements")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Engagement economics", description = "What an engagement earns and costs under its contracts: "
        + "profitability against portfolio's actual cost and budget, and how each accepted milestone was billed.")
public class ProfitabilityResource {

    @Inject
    ProfitabilityService profitability;

    @Inject
    MilestoneInvoicingService milestones;

    @GET
    @Path("{id}/profitability")
    @Operation(operationId = "getEngagementProfitability", summary = "Read an engagement's profitability",
            description = "Any member reads revenue recognized, billed (gross), credited and unbilled, the actual cost "
                    + "of portfolio's ledger, margin and budget burn, in the currency of the engagement's contracts. An "
                    + "engagement this service does not know for the caller's customers is a 404.")
    public ProfitabilityResponse profitability(@Parameter(description = "Portfolio's engagement id.") @PathParam("id") UUID id) {
        return ProfitabilityResponse.from(profitability.of(id));
    }

    @GET
    @Path("{id}/milestone-billing")
    @Operation(operationId = "listEngagementMilestoneBilling", summary = "List how an engagement's milestones were billed",
            description = "Any member reads each milestone portfolio reported accepted, latest decision first: "
                    + "`invoiced` (with the invoice) or `skipped` with the reason (`no-milestone-line`, "
                    + "`contract-not-billable`, `not-to-exceed`) and detail. A hidden or unknown engagement is a 404.")
    public Page<MilestoneBillingResponse> milestoneBilling(
            @Parameter(description = "Portfolio's engagement id.") @PathParam("id") UUID id, @Valid @BeanParam PageRequest page) {
        return milestones.outcomes(id, page).map(MilestoneBillingResponse::from);
    }
}
