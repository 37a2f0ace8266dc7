package io.adeplatform.consumption.api;

import io.adeplatform.platform.http.ApiParameters;
import io.adeplatform.consumption.domain.BlockerCategory;
import io.adeplatform.consumption.domain.BlockerStatus;
import io.adeplatform.consumption.service.BlockerService;
import io.adeplatform.platform.http.EntityVersions;
import io.adeplatform.platform.http.Page;
import io.adeplatform.platform.http.PageRequest;
import io.adeplatform.platform.http.QueryParams;
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
import jakarta.ws.rs.QueryParam;
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

@Path("/api/consumption/customers/{customerId}/blockers")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Consumption blockers", description = "What stands between a customer and its consumption goal or "
        + "commitment, with its status machine open → in-progress → resolved (and reopen)")
public class BlockerResource extends WritingResource {

    private static final String BLOCKER = "The blocker's id";

    @Inject
    BlockerService service;

    @POST
    @RolesAllowed(RoleSets.ACCOUNT_WRITERS)
    @Operation(operationId = "createBlocker", summary = "Record a blocker against the customer's gap",
            description = "Writers on the customer's account team or an admin (viewer 403, outsider 404). The blocker "
                    + "starts open. The engagement, goal and commitment it names must be the customer's (422 "
                    + "unknown-engagement, unknown-goal, unknown-commitment); 422 unknown-customer when archived. "
                    + "Accepts Idempotency-Key. Publishes no event.")
    @APIResponse(responseCode = "201", description = "Recorded; Location names it, ETag is its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BlockerResponse.class)))
    public Response create(@Parameter(description = ApiParameters.CUSTOMER_ID) @PathParam("customerId") UUID customerId,
                           @Valid @NotNull CreateBlockerRequest request,
                           @Parameter(description = ApiParameters.IDEMPOTENCY_KEY) @HeaderParam("Idempotency-Key") String idempotencyKey,
                           @Context UriInfo uri) {
        return idempotent.created(idempotencyKey, request, uri, () -> BlockerResponse.from(service.create(customerId,
                request.description(), request.category(), request.owner(), request.engagementId(), request.goalId(),
                request.commitmentId(), user.username())));
    }

    @GET
    @Operation(operationId = "listBlockers", summary = "List the customer's blockers",
            description = "Any platform user on the customer's account team, or an admin (404 for everyone else). "
                    + "Oldest first, optionally of one status and category.")
    public Page<BlockerResponse> list(@Parameter(description = ApiParameters.CUSTOMER_ID) @PathParam("customerId") UUID customerId,
                                      @Parameter(description = "Only blockers in this status: open, in-progress, resolved")
                                      @QueryParam("status") String status,
                                      @Parameter(description = "Only blockers of this category: technical, commercial, "
                                              + "organisational, capacity")
                                      @QueryParam("category") String category,
                                      @Valid @BeanParam PageRequest page) {
        return (service.list(customerId, QueryParams.enumValue(BlockerStatus.class, "status", status),
                QueryParams.enumValue(BlockerCategory.class, "category", category), page)).map(BlockerResponse::from);
    }

    @GET
    @Path("{blockerId}")
    @Operation(operationId = "getBlocker", summary = "Read a blocker",
            description = "Any platform user on the customer's account team, or an admin; 404 for everyone else. The "
                    + "ETag is the version a change's If-Match must name.")
    @APIResponse(responseCode = "200", description = "The blocker, its version in ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BlockerResponse.class)))
    public Response get(@Parameter(description = ApiParameters.CUSTOMER_ID) @PathParam("customerId") UUID customerId,
                        @Parameter(description = BLOCKER) @PathParam("blockerId") UUID blockerId) {
        return EntityVersions.ok(BlockerResponse.from(service.get(customerId, blockerId)));
    }

    @PUT
    @Path("{blockerId}")
    @RolesAllowed(RoleSets.ACCOUNT_WRITERS)
    @Operation(operationId = "updateBlocker", summary = "Change what a blocker says",
            description = "Writers on the customer's account team or an admin (viewer 403). If-Match required (428 "
                    + "without, 412 when stale). Description, category, owner and engagement; the status moves only "
                    + "through transitions. 422 unknown-engagement. Publishes no event.")
    @APIResponse(responseCode = "200", description = "The changed blocker, its new version in ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BlockerResponse.class)))
    public Response update(@Parameter(description = ApiParameters.CUSTOMER_ID) @PathParam("customerId") UUID customerId,
                           @Parameter(description = BLOCKER) @PathParam("blockerId") UUID blockerId,
                           @Parameter(description = ApiParameters.IF_MATCH, required = true)
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull UpdateBlockerRequest request) {
        return EntityVersions.ok(BlockerResponse.from(service.update(customerId, blockerId,
                EntityVersions.expected(ifMatch), request.description(), request.category(), request.owner(),
                request.engagementId())));
    }

    @POST
    @Path("{blockerId}/transitions")
    @RolesAllowed(RoleSets.ACCOUNT_WRITERS)
    @Operation(operationId = "transitionBlocker", summary = "Move a blocker to another status",
            description = "Writers on the customer's account team or an admin (viewer 403). If-Match required (428 "
                    + "without, 412 when stale). open → in-progress | resolved, in-progress → resolved, resolved → "
                    + "open (reopen); any other move, the current status included, is 409 illegal-transition naming "
                    + "from, to and the allowed targets. Publishes no event.")
    @APIResponse(responseCode = "200", description = "The blocker in its new status, its new version in ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BlockerResponse.class)))
    public Response transition(@Parameter(description = ApiParameters.CUSTOMER_ID) @PathParam("customerId") UUID customerId,
                               @Parameter(description = BLOCKER) @PathParam("blockerId") UUID blockerId,
                               @Parameter(description = ApiParameters.IF_MATCH, required = true)
                               @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                               @Valid @NotNull BlockerTransitionRequest request) {
        return EntityVersions.ok(BlockerResponse.from(
                service.transition(customerId, blockerId, EntityVersions.expected(ifMatch), request.to())));
    }
}
