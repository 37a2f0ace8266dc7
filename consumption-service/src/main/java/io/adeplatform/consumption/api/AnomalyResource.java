package io.adeplatform.consumption.api;

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

import java.util.UUID;

/** Days whose cost departed from the trailing 28-day baseline by more than 3 standard deviations. */
@Path("/api/consumption/customers/{customerId}/anomalies")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class AnomalyResource {

    @Inject
    AnomalyService anomalies;

    @GET
    public Page<AnomalyResponse> list(@PathParam("customerId") UUID customerId, @Valid @BeanParam PageRequest page) {
        return anomalies.list(customerId, page).map(AnomalyResponse::from);
    }
}
