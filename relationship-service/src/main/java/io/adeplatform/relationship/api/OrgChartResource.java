package io.adeplatform.relationship.api;

import io.adeplatform.relationship.service.StakeholderService;
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

import static io.adeplatform.platform.http.ApiParameters.CUSTOMER_ID;

/** A customer's stakeholders as the reports-to tree. */
@Path("/api/customers/{customerId}/org-chart")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = StakeholderResource.TAG, description = StakeholderResource.TAG_DESCRIPTION)
public class OrgChartResource {

    @Inject
    StakeholderService stakeholders;

    @GET
    @Operation(operationId = "getOrgChart", summary = "Read a customer's org chart",
            description = "Any role on the customer's account team (or admin). Every stakeholder, inactive ones "
                    + "flagged, as a forest: the roots report to nobody recorded.")
    public OrgChartResponse orgChart(@Parameter(description = CUSTOMER_ID) @PathParam("customerId") UUID customerId) {
        return OrgChartResponse.from(stakeholders.orgChart(customerId));
    }
}
