package io.adeplatform.relationship.api;

import io.adeplatform.relationship.service.HealthService;
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

/** Coverage of a customer's key roles, one of the facts relationship health is computed from. */
@Path("/api/customers/{customerId}/coverage")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = RelationshipHealthResource.TAG, description = RelationshipHealthResource.TAG_DESCRIPTION)
public class CoverageResource {

    @Inject
    HealthService health;

    @GET
    @Operation(operationId = "getRelationshipCoverage", summary = "Read a customer's key-role coverage",
            description = "Any role on the customer's account team (or admin). The key roles (cio, cto, it-director, "
                    + "lob-leader) with or without an engaged stakeholder (active, champion or supporter, contacted "
                    + "in the last 90 days), and the active stakeholders not contacted within 90 days.")
    public CoverageResponse coverage(@Parameter(description = CUSTOMER_ID) @PathParam("customerId") UUID customerId) {
        return CoverageResponse.from(customerId, health.coverage(customerId));
    }
}
