package io.adeplatform.consumption.api;

import io.adeplatform.platform.http.ApiParameters;
import io.adeplatform.consumption.service.CommitmentService;
import io.adeplatform.platform.http.EntityVersions;
import io.adeplatform.platform.http.Page;
import io.adeplatform.platform.http.PageRequest;
import io.adeplatform.platform.security.RoleSets;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/consumption/customers/{customerId}/commitments")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Consumption commitments", description = "A customer's multi-year consumption commitments with their "
        + "risk as last evaluated (on-track, at-risk, insufficient-data)")
public class CommitmentResource extends WritingResource {

    private static final String COMMITMENT = "The commitment's id";

    @Inject
    CommitmentService service;

    @POST
    @RolesAllowed(RoleSets.FINANCE_WRITERS)
    @Operation(operationId = "createCommitment", summary = "Record a consumption commitment",
            description = "Executives and finance on the customer's account team, or an admin (others 403, outsider "
                    + "404). Amount positive, end after start; 422 unknown-customer when archived. Its risk is "
                    + "evaluated at once; publishes io.adeplatform.consumption.commitment.at-risk.v1 when it starts at "
                    + "risk. Accepts Idempotency-Key.")
    @APIResponse(responseCode = "201", description = "Recorded; Location names it, ETag is its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CommitmentResponse.class)))
    public Response create(@Parameter(description = ApiParameters.CUSTOMER_ID) @PathParam("customerId") UUID customerId,
                           @Valid @NotNull CommitmentRequest request,
                           @Parameter(description = ApiParameters.IDEMPOTENCY_KEY) @HeaderParam("Idempotency-Key") String idempotencyKey,
                           @Context UriInfo uri) {
        return idempotent.created(idempotencyKey, request, uri, () -> CommitmentResponse.from(
                service.create(customerId, request.amount(), request.startDate(), request.endDate(), user.username())));
    }

    @GET
    @Operation(operationId = "listCommitments", summary = "List the customer's commitments",
            description = "Any platform user on the customer's account team, or an admin (404 for everyone else). "
                    + "The one starting first first, each with its risk as last evaluated.")
    public Page<CommitmentResponse> list(@Parameter(description = ApiParameters.CUSTOMER_ID) @PathParam("customerId") UUID customerId,
                                         @Valid @BeanParam PageRequest page) {
        return service.list(customerId, page).map(CommitmentResponse::from);
    }

    @GET
    @Path("{commitmentId}")
    @Operation(operationId = "getCommitment", summary = "Read a commitment",
            description = "Any platform user on the customer's account team, or an admin; 404 for everyone else. The "
                    + "ETag is the version an update's If-Match must name (risk evaluations do not change it).")
    @APIResponse(responseCode = "200", description = "The commitment, its version in ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CommitmentResponse.class)))
    public Response get(@Parameter(description = ApiParameters.CUSTOMER_ID) @PathParam("customerId") UUID customerId,
                        @Parameter(description = COMMITMENT) @PathParam("commitmentId") UUID commitmentId) {
        return EntityVersions.ok(CommitmentResponse.from(service.get(customerId, commitmentId)));
    }

    @PUT
    @Path("{commitmentId}")
    @RolesAllowed(RoleSets.FINANCE_WRITERS)
    @Operation(operationId = "updateCommitment", summary = "Change a commitment's amount or term",
            description = "Executives and finance on the customer's account team, or an admin. If-Match required (428 "
                    + "without, 412 when stale); the currency cannot change (409 currency-change). Re-evaluates the "
                    + "risk; publishes io.adeplatform.consumption.commitment.at-risk.v1 when it enters at-risk.")
    @APIResponse(responseCode = "200", description = "The changed commitment, its new version in ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CommitmentResponse.class)))
    public Response update(@Parameter(description = ApiParameters.CUSTOMER_ID) @PathParam("customerId") UUID customerId,
                           @Parameter(description = COMMITMENT) @PathParam("commitmentId") UUID commitmentId,
                           @Parameter(description = ApiParameters.IF_MATCH, required = true)
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull CommitmentRequest request) {
        return EntityVersions.ok(CommitmentResponse.from(service.update(customerId, commitmentId,
                EntityVersions.expected(ifMatch), request.amount(), request.startDate(), request.endDate())));
    }
}
