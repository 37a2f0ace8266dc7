package io.adeplatform.portfolio.api;

import io.adeplatform.platform.http.QueryParams;
import io.adeplatform.portfolio.service.FinancialsService;
import io.adeplatform.portfolio.api.EngagementResource.ApiDocs;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** Earned value of an engagement (BAC, PV, EV, AC, CV, SV, CPI, SPI, EAC, ETC, VAC) as of today or {@code asOf}. */
@Path("/api/engagements/{id}/financials")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Engagement financials", description = "Earned-value figures of an engagement (BAC, PV, EV, AC, CV, SV, "
        + "CPI, SPI, EAC, ETC, VAC), computed from its budget, calendar, recorded progress and cost ledger.")
public class FinancialsResource {

    @Inject
    FinancialsService financials;

    @GET
    @Operation(operationId = "getEngagementFinancials", summary = "Compute an engagement's earned value",
            description = ApiDocs.READERS + "Every figure as of today, or as of asOf: PV from the calendar, AC from the "
                    + "entries dated up to it, EV from the percent complete recorded then.")
    public FinancialsResponse financials(@Parameter(description = ApiDocs.ENGAGEMENT_ID) @PathParam("id") UUID id,
                                         @Parameter(description = "The date the figures are as of (default today)",
                                                 schema = @Schema(type = SchemaType.STRING, format = "date"))
                                         @QueryParam("asOf") String asOf) {
        return FinancialsResponse.from(financials.financials(id, QueryParams.date("asOf", asOf)));
    }
}
