package io.adeplatform.consumption.api;

import io.adeplatform.platform.http.ApiParameters;
import io.adeplatform.consumption.service.ConsumptionSummary;
import io.adeplatform.consumption.service.SummaryService;
import io.adeplatform.platform.http.QueryParams;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
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

/** Month-to-date, run-rate, month-end forecast, gap to goal and commitment burn-down of one customer. */
@Path("/api/consumption/customers/{customerId}/summary")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Consumption summary", description = "Where a customer stands as of today: month to date, run-rates, "
        + "month-end forecast and gap to goal, and each open commitment's outlook and burn-down")
public class SummaryResource {

    @Inject
    SummaryService summaries;

    @GET
    @Operation(operationId = "getConsumptionSummary", summary = "Read the customer's consumption summary",
            description = "Any platform user on the customer's account team, or an admin (404 for everyone else). "
                    + "Computed from the daily rollup as of today (UTC): month to date (today's partial usage "
                    + "included), 7- and 30-day run-rates, month-end forecast, gap to the month's goal, and for every "
                    + "commitment not ended its outlook, risk and burn-down. Money in the chosen currency. Changes nothing.")
    public ConsumptionSummary summary(@Parameter(description = ApiParameters.CUSTOMER_ID) @PathParam("customerId") UUID customerId,
                                      @Parameter(description = "ISO 4217 code; default: the month's goal's, else the "
                                              + "first open commitment's, else the customer's main currency of the last "
                                              + "90 days, else USD", example = "USD")
                                      @QueryParam("currency") String currency) {
        return summaries.summary(customerId, QueryParams.currency("currency", currency));
    }
}
