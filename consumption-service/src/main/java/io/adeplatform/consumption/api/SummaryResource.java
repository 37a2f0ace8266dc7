package io.adeplatform.consumption.api;

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

import java.util.UUID;

/** Month-to-date, run-rate, month-end forecast, gap to goal and commitment burn-down of one customer. */
@Path("/api/consumption/customers/{customerId}/summary")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class SummaryResource {

    @Inject
    SummaryService summaries;

    @GET
    public ConsumptionSummary summary(@PathParam("customerId") UUID customerId, @QueryParam("currency") String currency) {
        return summaries.summary(customerId, QueryParams.currency("currency", currency));
    }
}
