package io.adeplatform.portfolio.api;

import io.adeplatform.platform.http.QueryParams;
import io.adeplatform.portfolio.domain.EarnedValue;
import io.adeplatform.portfolio.service.FinancialsService;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.UUID;

/** Earned value of an engagement (BAC, PV, EV, AC, CV, SV, CPI, SPI, EAC, ETC, VAC) as of today or {@code asOf}. */
@Path("/api/engagements/{id}/financials")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class FinancialsResource {

    @Inject
    FinancialsService financials;

    @GET
    public EarnedValue.Figures financials(@PathParam("id") UUID id, @QueryParam("asOf") String asOf) {
        return financials.financials(id, QueryParams.date("asOf", asOf));
    }
}
