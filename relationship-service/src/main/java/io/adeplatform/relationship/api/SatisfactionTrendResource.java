package io.adeplatform.relationship.api;

import io.adeplatform.platform.http.QueryParams;
import io.adeplatform.relationship.service.SatisfactionService;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

import static io.adeplatform.platform.http.ApiParameters.CUSTOMER_ID;

/** How a customer's satisfaction moves month by month. */
@Path("/api/customers/{customerId}/satisfaction-trend")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = SatisfactionSurveyResource.TAG, description = SatisfactionSurveyResource.TAG_DESCRIPTION)
public class SatisfactionTrendResource {

    @Inject
    SatisfactionService service;

    @GET
    @Operation(operationId = "getSatisfactionTrend", summary = "Read a customer's monthly satisfaction trend",
            description = "Any role on the customer's account team (or admin). Per calendar month (UTC) of the last "
                    + "`months` (this one included, oldest first): responses, average CSAT and NPS = % promoters "
                    + "(9–10) − % detractors (0–6), to 2 decimals, null in a month without answers; and the same "
                    + "over the whole range.")
    public SatisfactionTrendResponse get(@Parameter(description = CUSTOMER_ID) @PathParam("customerId") UUID customerId,
                                         @Parameter(description = "Only answers about this engagement")
                                         @QueryParam("engagementId") String engagementId,
                                         @Parameter(description = "How many months, 1–36 (default 12)")
                                         @QueryParam("months") @DefaultValue("12")
                                         @Min(1) @Max(SatisfactionService.MAX_TREND_MONTHS) int months) {
        return SatisfactionTrendResponse.from(service.trend(customerId, QueryParams.uuid("engagementId", engagementId),
                months));
    }
}
