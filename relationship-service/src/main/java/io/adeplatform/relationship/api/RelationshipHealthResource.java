package io.adeplatform.relationship.api;

import io.adeplatform.platform.http.Page;
import io.adeplatform.platform.http.PageRequest;
import io.adeplatform.relationship.service.HealthService;
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

import static io.adeplatform.platform.http.ApiParameters.CUSTOMER_ID;

/** A customer's explainable relationship health, now and as recorded over time. */
@Path("/api/customers/{customerId}/health")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = RelationshipHealthResource.TAG, description = RelationshipHealthResource.TAG_DESCRIPTION)
public class RelationshipHealthResource {

    static final String TAG = "Relationship health";
    static final String TAG_DESCRIPTION = "An explainable 0–100 score of a customer relationship with its band and the "
            + "weighted factors that made it (key-role coverage, contact recency and frequency, stance mix, signals "
            + "from escalations, invoices and consumption), and its history";

    @Inject
    HealthService health;

    @GET
    @Operation(operationId = "getRelationshipHealth", summary = "Read a customer's relationship health now",
            description = "Any role on the customer's account team (or admin). Computes the score from the current "
                    + "facts; a changed score is recorded in the history, and a changed band publishes "
                    + "RelationshipHealthChanged.")
    public HealthResponse health(@Parameter(description = CUSTOMER_ID) @PathParam("customerId") UUID customerId) {
        return HealthResponse.from(health.current(customerId));
    }

    @GET
    @Path("history")
    @Operation(operationId = "listRelationshipHealthHistory", summary = "List the recorded changes of relationship health",
            description = "Any role on the customer's account team (or admin). Every recorded change of the score, "
                    + "oldest first, paginated.")
    public Page<HealthHistoryResponse> history(@Parameter(description = CUSTOMER_ID)
                                               @PathParam("customerId") UUID customerId,
                                               @Valid @BeanParam PageRequest page) {
        return health.history(customerId, page).map(HealthHistoryResponse::from);
    }
}
