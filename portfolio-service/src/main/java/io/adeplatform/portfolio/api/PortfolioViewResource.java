package io.adeplatform.portfolio.api;

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
    public PortfolioViewService.Summary summary(@QueryParam("customerId") String customerId) {
        return views.summary(EngagementResource.uuid(customerId, "customerId"));
    }

    @GET
    @Path("plan")
    public PortfolioViewService.Plan plan(@QueryParam("customerId") String customerId) {
        return views.plan(EngagementResource.uuid(customerId, "customerId"));
    }
}
