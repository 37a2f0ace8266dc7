package io.adeplatform.consumption.api;

import io.adeplatform.platform.core.FieldError;
import io.adeplatform.consumption.service.ConsumptionAnalytics;
import io.adeplatform.consumption.service.ConsumptionAnalytics.Summary;
import io.adeplatform.platform.http.ProblemException;
import io.adeplatform.platform.http.EntityVersions;
import io.adeplatform.platform.http.Page;
import io.adeplatform.platform.http.PageRequest;
import io.adeplatform.platform.core.WireEnums;
import io.adeplatform.platform.persistence.IdempotentCreates;
import io.adeplatform.platform.security.CurrentUser;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.util.List;
import java.util.UUID;

/** Month-to-date, run-rate, month-end forecast, gap to goal and commitment burn-down of one customer. */
@Path("/api/consumption/customers/{customerId}/summary")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class SummaryResource {

    @Inject
    ConsumptionAnalytics analytics;

    @GET
    public Summary summary(@PathParam("customerId") UUID customerId, @QueryParam("currency") String currency) {
        if (currency != null && !currency.matches("[A-Z]{3}")) {
            throw ProblemException.badRequest("invalid query parameter",
                    List.of(new FieldError("currency", "must be an ISO 4217 code such as USD")));
        }
        return analytics.summary(customerId, currency);
    }
}
