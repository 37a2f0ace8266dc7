package io.adeplatform.relationship.api;

import io.adeplatform.relationship.service.AccountPlanService;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

import static io.adeplatform.platform.http.ApiParameters.CUSTOMER_ID;

/**
 * The whole account plan of a customer in one answer (Account 360 shows it). Its parts are collections of their own,
 * each with its paginated list, its items and their changes: objectives, initiatives, opportunities.
 */
@Path("/api/customers/{customerId}/account-plan")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Account plans", description = "A customer's account plan: objectives, initiatives towards them and "
        + "opportunities beyond the current contract, with the open pipeline per currency")
public class AccountPlanResource {

    @Inject
    AccountPlanService service;

    @GET
    @Operation(operationId = "getAccountPlan", summary = "Read a customer's whole account plan",
            description = "Any role on the customer's account team (or admin). Every objective, initiative and "
                    + "opportunity (oldest first) and openPipeline: the estimated value of the open opportunities, one "
                    + "sum per currency. The parts are also listed, paginated, under their own paths.")
    public AccountPlanResponse plan(@Parameter(description = CUSTOMER_ID) @PathParam("customerId") UUID customerId) {
        return AccountPlanResponse.from(service.plan(customerId));
    }
}
