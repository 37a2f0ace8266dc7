package io.adeplatform.portfolio.api.quality;

import io.adeplatform.portfolio.api.EngagementResource.ApiDocs;
import io.adeplatform.platform.http.EntityVersions;
import io.adeplatform.platform.http.Page;
import io.adeplatform.platform.http.PageRequest;
import io.adeplatform.platform.persistence.IdempotentCreates;
import io.adeplatform.platform.security.CurrentUser;
import io.adeplatform.platform.security.RoleSets;
import io.adeplatform.portfolio.service.quality.QualityReviewService;
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

/** Quality reviews of an engagement's stage gates: checklist, outcome, findings. */
@Path("/api/engagements/{id}/quality-reviews")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = QualityReviewResource.Docs.TAG, description = QualityReviewResource.Docs.TAG_DESCRIPTION)
public class QualityReviewResource {

    private static final String REVIEW_ID = "The review's id (one of this engagement's, else 404)";

    @Inject
    QualityReviewService reviews;

    @Inject
    IdempotentCreates idempotent;

    @Inject
    CurrentUser user;

    @Context
    UriInfo uri;

    @POST
    @RolesAllowed(RoleSets.DELIVERY_WRITERS)
    @Operation(operationId = "createQualityReview", summary = "Start a quality review of a stage gate",
            description = Docs.WRITERS + "A pending review of the gate with the gate's checklist, nothing done yet. "
                    + "422 unknown-quality-gate for a gate not configured; 409 engagement-closed in closure.")
    @APIResponse(responseCode = "201", description = Docs.CREATED,
            content = @Content(schema = @Schema(implementation = QualityReviewResponse.class)))
    public Response create(@Parameter(description = Docs.ENGAGEMENT_ID) @PathParam("id") UUID id,
                           @Valid @NotNull CreateQualityReviewRequest request,
                           @Parameter(description = ApiDocs.IDEMPOTENCY_KEY) @HeaderParam("Idempotency-Key")
                           String idempotencyKey) {
        return idempotent.created(idempotencyKey, request, uri, () -> QualityReviewResponse.from(
                reviews.start(id, request.gate(), request.title(), request.reviewer(), user.username())));
    }

    @GET
    @Operation(operationId = "listQualityReviews", summary = "List an engagement's quality reviews",
            description = Docs.READERS + "Oldest first, each with its checklist and findings.")
    public Page<QualityReviewResponse> list(@Parameter(description = Docs.ENGAGEMENT_ID) @PathParam("id") UUID id,
                                            @Valid @BeanParam PageRequest page) {
        return reviews.list(id, page).map(QualityReviewResponse::from);
    }

    @GET
    @Path("{reviewId}")
    @Operation(operationId = "getQualityReview", summary = "Read a quality review",
            description = Docs.READERS + "The review with its checklist and findings; its ETag is the If-Match of "
                    + "its next change.")
    @APIResponse(responseCode = "200", description = "The review, with its ETag",
            content = @Content(schema = @Schema(implementation = QualityReviewResponse.class)))
    public Response get(@Parameter(description = Docs.ENGAGEMENT_ID) @PathParam("id") UUID id,
                        @Parameter(description = REVIEW_ID) @PathParam("reviewId") UUID reviewId) {
        return EntityVersions.ok(QualityReviewResponse.from(reviews.get(id, reviewId)));
    }

    @PUT
    @Path("{reviewId}/checklist")
    @RolesAllowed(RoleSets.DELIVERY_WRITERS)
    @Operation(operationId = "updateQualityReviewChecklist", summary = "Check off a review's checklist",
            description = Docs.WRITERS + "The items named are done, every other one not done. 422 "
                    + "unknown-checklist-item for a text the checklist lacks.")
    @APIResponse(responseCode = "200", description = "The review, with its new ETag",
            content = @Content(schema = @Schema(implementation = QualityReviewResponse.class)))
    public Response check(@Parameter(description = Docs.ENGAGEMENT_ID) @PathParam("id") UUID id,
                          @Parameter(description = REVIEW_ID) @PathParam("reviewId") UUID reviewId,
                          @Parameter(description = ApiDocs.IF_MATCH, required = true)
                          @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                          @Valid @NotNull ChecklistRequest request) {
        return EntityVersions.ok(QualityReviewResponse.from(
                reviews.check(id, reviewId, EntityVersions.expected(ifMatch), request.doneItems())));
    }

    @POST
    @Path("{reviewId}/transitions")
    @RolesAllowed(RoleSets.DELIVERY_WRITERS)
    @Operation(operationId = "transitionQualityReview", summary = "Pass or fail a quality review",
            description = Docs.WRITERS + "pending → passed or failed; failed → pending or passed; passed → pending. "
                    + "passed needs every checklist item done and no open high or critical finding (409 "
                    + "review-incomplete naming what is open); any other move is 409 illegal-transition. passed and "
                    + "failed publish engagement.quality-review-decided; the RAG quality dimension follows.")
    @APIResponse(responseCode = "200", description = "The review with its new outcome and ETag",
            content = @Content(schema = @Schema(implementation = QualityReviewResponse.class)))
    public Response transition(@Parameter(description = Docs.ENGAGEMENT_ID) @PathParam("id") UUID id,
                               @Parameter(description = REVIEW_ID) @PathParam("reviewId") UUID reviewId,
                               @Parameter(description = ApiDocs.IF_MATCH, required = true)
                               @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                               @Valid @NotNull ReviewTransitionRequest request) {
        return EntityVersions.ok(QualityReviewResponse.from(reviews.decide(id, reviewId,
                EntityVersions.expected(ifMatch), request.to(), user.username())));
    }

    /** Texts the quality resources' OpenAPI annotations share (annotation values must be constants). */
    static final class Docs {

        static final String TAG = "Engagement quality";
        static final String TAG_DESCRIPTION = "Stage gates (a solution review before delivery planning, deliverable "
                + "acceptance before closure), quality reviews with checklists and outcomes, findings by severity "
                + "with their remediation in the RAID log, and executives' waivers.";
        static final String ENGAGEMENT_ID = "The engagement's id; one the caller may not see answers 404";
        static final String READERS = "Members of the customer's account team, and admins. ";
        static final String WRITERS = "Realm roles executive, delivery-manager or admin, with a writing role on the "
                + "account team (a viewer gets 403). ";
        static final String CREATED = "Created; Location names it, ETag is its version";

        private Docs() {
        }
    }
}
