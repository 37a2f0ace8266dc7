package io.adeplatform.portfolio.api;

import io.adeplatform.platform.http.EntityVersions;
import io.adeplatform.platform.http.Page;
import io.adeplatform.platform.http.PageRequest;
import io.adeplatform.platform.http.QueryParams;
import io.adeplatform.platform.security.RoleSets;
import io.adeplatform.portfolio.domain.Health;
import io.adeplatform.portfolio.domain.Stage;
import io.adeplatform.portfolio.service.EngagementService;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/**
 * Engagements themselves. What hangs off one has a resource of its own under /api/engagements/{id}/… (transitions,
 * milestones, raid, status-reports, steering-meetings, costs, financials). Reads: any authenticated member of the
 * customer's account team (or admin). Writes: executive, delivery-manager, admin. Viewers never write.
 */
@Path("/api/engagements")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = EngagementResource.TAG, description = EngagementResource.TAG_DESCRIPTION)
public class EngagementResource extends CreatingResource {

    static final String TAG = "Engagements";
    static final String TAG_DESCRIPTION = "Delivery engagements of a customer: their details, budget, progress, "
            + "lifecycle stage (envisioning → solution development → delivery planning → delivery → closure) and "
            + "rule-computed health. Only members of the customer's account team (and admins) see them.";

    @Inject
    EngagementService engagements;

    @POST
    @RolesAllowed(RoleSets.DELIVERY_WRITERS)
    @Operation(operationId = "createEngagement", summary = "Create an engagement",
            description = ApiDocs.DELIVERY_WRITERS + "Starts in envisioning with its health computed; publishes "
                    + "engagement.created (and health-changed when it is registered red). A customer the caller's team "
                    + "does not hold is 404; an admin gets 422 unknown-customer for one not projected or archived.")
    @APIResponse(responseCode = "201", description = ApiDocs.CREATED,
            content = @Content(schema = @Schema(implementation = EngagementResponse.class)))
    public Response create(@Valid @NotNull CreateEngagementRequest request,
                           @Parameter(description = ApiDocs.IDEMPOTENCY_KEY) @HeaderParam("Idempotency-Key")
                           String idempotencyKey) {
        return idempotent.created(idempotencyKey, request, uri, () -> EngagementResponse.from(
                engagements.create(request.customerId(), request.details(), user.username())));
    }

    @GET
    @Operation(operationId = "listEngagements", summary = "List engagements",
            description = ApiDocs.READERS + "The engagements the caller sees, by name, narrowed by the filters; a "
                    + "customer the caller may not see (or that does not exist) gives an empty page.")
    public Page<EngagementResponse> list(
            @Parameter(description = "Only this customer's engagements",
                    schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @QueryParam("customerId") String customerId,
            @Parameter(description = "Only engagements in this stage", schema = @Schema(implementation = Stage.class))
            @QueryParam("stage") String stage,
            @Parameter(description = "Only engagements with this stored overall health",
                    schema = @Schema(implementation = Health.class)) @QueryParam("health") String health,
            @Parameter(description = "Only engagements of this delivery manager (username)")
            @QueryParam("deliveryManager") String deliveryManager,
            @Valid @BeanParam PageRequest page) {
        return engagements.list(QueryParams.uuid("customerId", customerId),
                QueryParams.enumValue(Stage.class, "stage", stage), QueryParams.enumValue(Health.class, "health", health),
                deliveryManager, page).map(EngagementResponse::from);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getEngagement", summary = "Read an engagement",
            description = ApiDocs.READERS + "The engagement with its stored overall health and the reasons; the ETag "
                    + "is the If-Match of its next update or transition.")
    @APIResponse(responseCode = "200", description = "The engagement, with its ETag",
            content = @Content(schema = @Schema(implementation = EngagementResponse.class)))
    public Response get(@Parameter(description = ApiDocs.ENGAGEMENT_ID) @PathParam("id") UUID id) {
        return EntityVersions.ok(EngagementResponse.from(engagements.get(id)));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(RoleSets.DELIVERY_WRITERS)
    @Operation(operationId = "updateEngagement", summary = "Change an engagement's details",
            description = ApiDocs.DELIVERY_WRITERS + "Replaces name, offering, contract reference, delivery manager, "
                    + "dates and budget (customer, stage, health and progress have their own paths). Publishes "
                    + "engagement.budget-changed when the budget changes; 409 engagement-closed once in closure; 422 "
                    + "currency-mismatch for a new budget currency once costs are recorded.")
    @APIResponse(responseCode = "200", description = "The changed engagement, with its new ETag",
            content = @Content(schema = @Schema(implementation = EngagementResponse.class)))
    public Response update(@Parameter(description = ApiDocs.ENGAGEMENT_ID) @PathParam("id") UUID id,
                           @Parameter(description = ApiDocs.IF_MATCH, required = true)
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull UpdateEngagementRequest request) {
        return EntityVersions.ok(EngagementResponse.from(
                engagements.update(id, EntityVersions.expected(ifMatch), request.details())));
    }

    @PUT
    @Path("{id}/progress")
    @RolesAllowed(RoleSets.DELIVERY_WRITERS)
    @Operation(operationId = "updateEngagementProgress", summary = "Set an engagement's percent complete",
            description = ApiDocs.DELIVERY_WRITERS + "Sets the percent complete (the EV of the financials) and keeps "
                    + "the change (who, when, before, after) for financials as of a past date; refreshes the health "
                    + "(publishing engagement.health-changed when overall changes). 409 engagement-closed once in "
                    + "closure.")
    @APIResponse(responseCode = "200", description = "The engagement, with its new ETag",
            content = @Content(schema = @Schema(implementation = EngagementResponse.class)))
    public Response progress(@Parameter(description = ApiDocs.ENGAGEMENT_ID) @PathParam("id") UUID id,
                             @Parameter(description = ApiDocs.IF_MATCH, required = true)
                             @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                             @Valid @NotNull ProgressRequest request) {
        return EntityVersions.ok(EngagementResponse.from(
                engagements.progress(id, EntityVersions.expected(ifMatch), request.percentComplete(),
                        user.username())));
    }

    @GET
    @Path("{id}/health")
    @Operation(operationId = "getEngagementHealth", summary = "Compute an engagement's health now",
            description = ApiDocs.READERS + "The RAG of schedule, budget, scope and quality (overall is the worst of "
                    + "them), and of risk (shown, not counted), each with its reasons, computed from today's facts "
                    + "rather than read from the stored health.")
    public HealthResponse health(@Parameter(description = ApiDocs.ENGAGEMENT_ID) @PathParam("id") UUID id) {
        return HealthResponse.from(engagements.currentHealth(id));
    }

    /** Texts the OpenAPI annotations of this area's resources share (annotation values must be constants). */
    public static final class ApiDocs {

        public static final String ENGAGEMENT_ID = "The engagement's id; an engagement of a customer whose account team "
                + "the caller is not on answers 404, like one that does not exist";
        public static final String IF_MATCH = "The ETag of the item as last read (e.g. \"3\", or * for any version): "
                + "required, 428 without it, 412 when another change came first";
        public static final String IDEMPOTENCY_KEY = "Makes the create safe to retry (at most 255 characters, kept 24 hours): "
                + "the same key with the same body replays the first answer with Idempotent-Replayed: true; with "
                + "another body it is 422 idempotency-key-reused";
        public static final String READERS = "Any member of the customer's account team, or an admin. ";
        public static final String DELIVERY_WRITERS = "Realm roles executive, delivery-manager or admin, and a writing role "
                + "on the customer's account team (a viewer gets 403). ";
        public static final String CREATED = "Created; Location names the new item";

        private ApiDocs() {
        }
    }
}
