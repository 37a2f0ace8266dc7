package io.adeplatform.portfolio.api;

import io.adeplatform.platform.http.QueryParams;
import io.adeplatform.portfolio.service.PortfolioViewService;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** Portfolio-wide views over the engagements the caller may see (all customers, or one with ?customerId=). */
@Path("/api/portfolio")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class PortfolioViewResource {

    @Inject
    PortfolioViewService views;

    @GET
    @Path("summary")
    public PortfolioSummaryResponse summary(@QueryParam("customerId") String customerId) {
        return PortfolioSummaryResponse.from(views.summary(QueryParams.uuid("customerId", customerId)));
    }

    @GET
    @Path("plan")
    public PortfolioPlanResponse plan(@QueryParam("customerId") String customerId) {
        return PortfolioPlanResponse.from(views.plan(QueryParams.uuid("customerId", customerId)));
    }
}
