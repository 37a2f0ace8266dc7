package io.adeplatform.billing.api;

import io.adeplatform.billing.service.RevenueForecastService;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

import static io.adeplatform.platform.http.ApiParameters.CUSTOMER_ID;

/** The monthly revenue forecast of one customer or of the caller's whole portfolio. */
@Path("/api/billing/revenue-forecast")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = RevenueForecastResource.TAG, description = "Revenue outlook: backlog, the monthly revenue forecast "
        + "(recognized, milestones, fixed fees, time and materials at run-rate, weighted pipeline) per currency, "
        + "revenue targets per fiscal year and the attainment against them.")
public class RevenueForecastResource {

    static final String TAG = "Revenue outlook";
    private static final String PARTS = " Each month shows its parts apart (recognised, milestones, fixedFee, "
            + "timeAndMaterials, weightedPipeline) and their sum (total), one series per currency with its backlog; "
            + "amounts in different currencies are never added up. Reads only.";

    @Inject
    RevenueForecastService forecasts;

    @GET
    @Operation(operationId = "getPortfolioRevenueForecast", summary = "Read the revenue forecast across the caller's accounts",
            description = "Any authenticated user: the customers whose account team the caller is on (admins: all "
                    + "customers); with none, no series." + PARTS)
    @APIResponse(responseCode = "200", description = "The forecast, one series per currency",
            content = @Content(schema = @Schema(implementation = RevenueForecastResponse.class)))
    public RevenueForecastResponse portfolio(@Valid @BeanParam ForecastParams period) {
        return RevenueForecastResponse.of(null, forecasts.ofVisibleCustomers(period.from(forecasts::currentMonth),
                period.months()));
    }

    @GET
    @Path("{customerId}")
    @Operation(operationId = "getCustomerRevenueForecast", summary = "Read a customer's revenue forecast",
            description = "Any member of the customer's account team (or admin); 404 for anyone else." + PARTS)
    @APIResponse(responseCode = "200", description = "The customer's forecast, one series per currency",
            content = @Content(schema = @Schema(implementation = RevenueForecastResponse.class)))
    public RevenueForecastResponse customer(@Parameter(description = CUSTOMER_ID) @PathParam("customerId") UUID customerId,
                                            @Valid @BeanParam ForecastParams period) {
        return RevenueForecastResponse.of(customerId, forecasts.ofCustomer(customerId,
                period.from(forecasts::currentMonth), period.months()));
    }
}
