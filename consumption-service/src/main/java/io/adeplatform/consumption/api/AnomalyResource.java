package io.adeplatform.consumption.api;

import io.adeplatform.platform.http.ApiParameters;
import io.adeplatform.consumption.service.AnomalyService;
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

/** Days whose cost departed from the trailing 28-day baseline by more than 3 standard deviations. */
@Path("/api/consumption/customers/{customerId}/anomalies")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Consumption anomalies", description = "Days whose cost departed from the trailing 28-day baseline: "
        + "spikes, drops and stoppages, for the customer's total and per service")
public class AnomalyResource {

    @Inject
    AnomalyService anomalies;

    @GET
    @Operation(operationId = "listAnomalies", summary = "List the customer's consumption anomalies",
            description = "Any platform user on the customer's account team, or an admin (404 for everyone else). "
                    + "Newest day first. Detected after each ingestion and by the scheduler on complete days; each was "
                    + "published once as io.adeplatform.consumption.usage.anomaly-detected.v1. Changes nothing.")
    public Page<AnomalyResponse> list(@Parameter(description = ApiParameters.CUSTOMER_ID) @PathParam("customerId") UUID customerId,
                                      @Valid @BeanParam PageRequest page) {
        return anomalies.list(customerId, page).map(AnomalyResponse::from);
    }
}
