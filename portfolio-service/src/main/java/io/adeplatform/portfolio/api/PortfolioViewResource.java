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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Portfolio-wide views over the engagements the caller may see (all customers, or one with ?customerId=). */
@Path("/api/portfolio")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Portfolio views", description = "Views over every engagement the caller sees (or one customer's): "
        + "totals by stage and health, and the H1/H2/H3 horizon plan.")
public class PortfolioViewResource {

    private static final String CUSTOMER = "Only this customer's engagements; a customer the caller may not see (or "
            + "that does not exist) gives an empty view, as every filtered list does";
    private static final String READERS = "Any authenticated user; it counts only the engagements of customers whose "
            + "account team the caller is on (every engagement for an admin). ";

    @Inject
    PortfolioViewService views;

    @GET
    @Path("summary")
    @Operation(operationId = "getPortfolioSummary", summary = "Summarise the portfolio",
            description = READERS + "The count and budget totals (one per currency) overall, by stage (every stage, "
                    + "in lifecycle order) and by stored health (green, amber, red).")
    public PortfolioSummaryResponse summary(@Parameter(description = CUSTOMER,
            schema = @Schema(type = SchemaType.STRING, format = "uuid")) @QueryParam("customerId") String customerId) {
        return PortfolioSummaryResponse.from(views.summary(QueryParams.uuid("customerId", customerId)));
    }

    @GET
    @Path("plan")
    @Operation(operationId = "getPortfolioPlan", summary = "Plan the portfolio by horizon",
            description = READERS + "H1 now (delivery planning and delivery), H2 next (solution development), H3 later "
                    + "(envisioning); closed engagements are left out.")
    public PortfolioPlanResponse plan(@Parameter(description = CUSTOMER,
            schema = @Schema(type = SchemaType.STRING, format = "uuid")) @QueryParam("customerId") String customerId) {
        return PortfolioPlanResponse.from(views.plan(QueryParams.uuid("customerId", customerId)));
    }
}
