package io.adeplatform.portfolio.api.quality;

import io.adeplatform.portfolio.api.EngagementResource.ApiDocs;
import io.adeplatform.platform.http.EntityVersions;
import io.adeplatform.platform.http.Page;
import io.adeplatform.platform.http.PageRequest;
import io.adeplatform.platform.http.QueryParams;
import io.adeplatform.platform.persistence.IdempotentCreates;
import io.adeplatform.platform.security.CurrentUser;
import io.adeplatform.platform.security.RoleSets;
import io.adeplatform.portfolio.api.quality.QualityReviewResource.Docs;
import io.adeplatform.portfolio.domain.FindingStatus;
import io.adeplatform.portfolio.service.quality.QualityFindingService;
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

/** Findings of an engagement's quality reviews, each with its remediation in the RAID log. */
@Path("/api/engagements/{id}/quality-findings")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = Docs.TAG, description = Docs.TAG_DESCRIPTION)
public class QualityFindingResource {

    private static final String FINDING_ID = "The finding's id (one of this engagement's, else 404)";

    @Inject
    QualityFindingService findings;

    @Inject
    IdempotentCreates idempotent;

    @Inject
    CurrentUser user;

    @Context
    UriInfo uri;

    @POST
    @RolesAllowed(RoleSets.DELIVERY_WRITERS)
    @Operation(operationId = "createQualityFinding", summary = "Record a finding of a quality review",
            description = Docs.WRITERS + "An open finding of the review named in the body (422 unknown-quality-review "
                    + "otherwise). Its remediation links an existing RAID entry of the engagement (422 unknown-raid-item "
                    + "otherwise) or creates a RAID action of category quality with the owner and due date given "
                    + "(400 when neither or both). An open critical or high finding rates quality red, medium amber, "
                    + "and keeps its review from passing.")
    @APIResponse(responseCode = "201", description = Docs.CREATED,
            content = @Content(schema = @Schema(implementation = QualityFindingResponse.class)))
    public Response create(@Parameter(description = Docs.ENGAGEMENT_ID) @PathParam("id") UUID id,
                           @Valid @NotNull CreateQualityFindingRequest request,
                           @Parameter(description = ApiDocs.IDEMPOTENCY_KEY) @HeaderParam("Idempotency-Key")
                           String idempotencyKey) {
        return idempotent.created(idempotencyKey, request, uri, () -> QualityFindingResponse.from(
                findings.raise(id, request.reviewId(), request.severity(), request.title(), request.description(),
                        request.remediationOf(), user.username())));
    }

    @GET
    @Operation(operationId = "listQualityFindings", summary = "List an engagement's review findings",
            description = Docs.READERS + "Oldest first; filter status (open, resolved).")
    public Page<QualityFindingResponse> list(@Parameter(description = Docs.ENGAGEMENT_ID) @PathParam("id") UUID id,
                                             @Parameter(description = "Only findings in this status",
                                                     schema = @Schema(implementation = FindingStatus.class))
                                             @QueryParam("status") String status,
                                             @Valid @BeanParam PageRequest page) {
        return findings.list(id, QueryParams.enumValue(FindingStatus.class, "status", status), page)
                .map(QualityFindingResponse::from);
    }

    @GET
    @Path("{findingId}")
    @Operation(operationId = "getQualityFinding", summary = "Read a review finding",
            description = Docs.READERS + "The finding and its RAID entry; its ETag is the If-Match of its next move.")
    @APIResponse(responseCode = "200", description = "The finding, with its ETag",
            content = @Content(schema = @Schema(implementation = QualityFindingResponse.class)))
    public Response get(@Parameter(description = Docs.ENGAGEMENT_ID) @PathParam("id") UUID id,
                        @Parameter(description = FINDING_ID) @PathParam("findingId") UUID findingId) {
        return EntityVersions.ok(QualityFindingResponse.from(findings.get(id, findingId)));
    }

    @POST
    @Path("{findingId}/transitions")
    @RolesAllowed(RoleSets.DELIVERY_WRITERS)
    @Operation(operationId = "transitionQualityFinding", summary = "Resolve or reopen a review finding",
            description = Docs.WRITERS + "open → resolved → open; the same status is 409 illegal-transition. The RAG "
                    + "quality dimension follows.")
    @APIResponse(responseCode = "200", description = "The finding in its new status, with its new ETag",
            content = @Content(schema = @Schema(implementation = QualityFindingResponse.class)))
    public Response transition(@Parameter(description = Docs.ENGAGEMENT_ID) @PathParam("id") UUID id,
                               @Parameter(description = FINDING_ID) @PathParam("findingId") UUID findingId,
                               @Parameter(description = ApiDocs.IF_MATCH, required = true)
                               @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                               @Valid @NotNull FindingTransitionRequest request) {
        return EntityVersions.ok(QualityFindingResponse.from(findings.transition(id, findingId,
                EntityVersions.expected(ifMatch), request.to(), user.username())));
    }
}
