package io.adeplatform.portfolio.api.staffing;

import io.adeplatform.portfolio.api.EngagementResource.ApiDocs;
import io.adeplatform.portfolio.api.staffing.ResourceRequestResource.StaffingDocs;
import io.adeplatform.portfolio.service.staffing.ResourcePlanService;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** The resource plan's cost at its cost rates against the budget. */
@Path("/api/engagements/{id}/staffing-cost")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = StaffingDocs.TAG)
public class StaffingCostResource {

    @Inject
    ResourcePlanService plan;

    @GET
    @Operation(operationId = "getStaffingCost", summary = "The resource plan's cost vs the budget",
            description = ApiDocs.READERS + "Each line not cancelled costs its hours per month, prorated by the "
                    + "calendar days it covers in each month, times its cost rate; the sum against the engagement's "
                    + "budget (remaining, percent of budget, over budget).")
    public StaffingCostResponse cost(@Parameter(description = ApiDocs.ENGAGEMENT_ID) @PathParam("id") UUID id) {
        return StaffingCostResponse.from(plan.cost(id));
    }
}
