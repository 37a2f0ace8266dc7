package io.adeplatform.relationship.api;

import io.adeplatform.relationship.service.PipelineService;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

import static io.adeplatform.platform.http.ApiParameters.CUSTOMER_ID;

/** A customer's weighted pipeline by quarter. */
@Path("/api/customers/{customerId}/pipeline")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = PipelineResource.TAG, description = PipelineResource.TAG_DESCRIPTION)
public class PipelineResource {

    static final String TAG = "Pipeline";
    static final String TAG_DESCRIPTION = "The weighted pipeline by calendar quarter: per currency, Σ estimated value × "
            + "probability of the open account-plan opportunities expected to close in the quarter (won and lost ones "
            + "excluded), of one customer or across the caller's accounts";

    @Inject
    PipelineService pipeline;

    @GET
    @Operation(operationId = "getCustomerPipeline", summary = "Read a customer's weighted pipeline by quarter",
            description = "Any role on the customer's account team (or admin); 404 for a customer the caller may not "
                    + "see. Reads only.")
    @APIResponse(responseCode = "200", description = "The weighted pipeline, one entry per quarter",
            content = @Content(schema = @Schema(implementation = PipelineResponse.class)))
    public PipelineResponse customer(@Parameter(description = CUSTOMER_ID) @PathParam("customerId") UUID customerId,
                                     @Valid @BeanParam PipelineParams period) {
        return PipelineResponse.of(customerId, pipeline.ofCustomer(customerId,
                period.from(pipeline::currentQuarter), period.quarters()));
    }
}
