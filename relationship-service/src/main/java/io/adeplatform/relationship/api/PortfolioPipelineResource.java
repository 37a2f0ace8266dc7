package io.adeplatform.relationship.api;

import io.adeplatform.relationship.service.PipelineService;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The weighted pipeline by quarter across every customer the caller's account teams see. */
@Path("/api/pipeline")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = PipelineResource.TAG, description = PipelineResource.TAG_DESCRIPTION)
public class PortfolioPipelineResource {

    @Inject
    PipelineService pipeline;

    @GET
    @Operation(operationId = "getPipeline", summary = "Read the weighted pipeline across the caller's accounts",
            description = "Any authenticated user: the customers whose account team the caller is on (admins: all "
                    + "customers); with none, every quarter is empty. Reads only.")
    @APIResponse(responseCode = "200", description = "The weighted pipeline, one entry per quarter",
            content = @Content(schema = @Schema(implementation = PipelineResponse.class)))
    public PipelineResponse portfolio(@Valid @BeanParam PipelineParams period) {
        return PipelineResponse.of(null, pipeline.ofVisibleCustomers(period.from(pipeline::currentQuarter),
                period.quarters()));
    }
}
