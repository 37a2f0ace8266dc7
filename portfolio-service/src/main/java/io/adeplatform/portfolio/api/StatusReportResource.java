package io.adeplatform.portfolio.api;

import io.adeplatform.platform.http.Page;
import io.adeplatform.platform.http.PageRequest;
import io.adeplatform.platform.security.RoleSets;
import io.adeplatform.portfolio.api.StatusReportRequest.OverrideRequest;
import io.adeplatform.portfolio.service.StatusReportService;
import io.adeplatform.portfolio.api.EngagementResource.ApiDocs;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

import java.util.UUID;

/** Dated status reports: frozen snapshots, never updated (a database trigger refuses it too). */
@Path("/api/engagements/{id}/status-reports")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Engagement status reports", description = "Dated status reports of an engagement: frozen snapshots of "
        + "its stage, progress, RAG with reasons and financials, with an optional manual override of overall beside "
        + "the computed value. Never changed once made.")
public class StatusReportResource extends CreatingResource {

    @Inject
    StatusReportService reports;

    @POST
    @RolesAllowed(RoleSets.DELIVERY_WRITERS)
    @Operation(operationId = "createStatusReport", summary = "Freeze a status report",
            description = ApiDocs.DELIVERY_WRITERS + "Freezes today's snapshot: stage, percent complete, schedule, "
                    + "budget, scope, quality, risk and overall RAG with reasons, and the financial figures; an "
                    + "override of overall is stored beside the computed value with who gave it, why and when. The "
                    + "body is optional. A closed engagement still reports. No ETag: a report never changes.")
    @APIResponse(responseCode = "201", description = ApiDocs.CREATED,
            content = @Content(schema = @Schema(implementation = StatusReportResponse.class)))
    public Response add(@Parameter(description = ApiDocs.ENGAGEMENT_ID) @PathParam("id") UUID id,
                        @RequestBody(required = false) @Valid StatusReportRequest request,
                        @Parameter(description = ApiDocs.IDEMPOTENCY_KEY) @HeaderParam("Idempotency-Key")
                        String idempotencyKey) {
        StatusReportRequest body = request == null ? new StatusReportRequest(null, null) : request;
        OverrideRequest override = body.override();
        // frozen: no version to match
        return recorded(idempotencyKey, body, () -> StatusReportResponse.from(reports.create(id, body.summary(),
                        override == null ? null : override.rag(), override == null ? null : override.reason(),
                        user.username())), StatusReportResponse::id);
    }

    @GET
    @Operation(operationId = "listStatusReports", summary = "List an engagement's status reports",
            description = ApiDocs.READERS + "Oldest first, each as it was frozen.")
    public Page<StatusReportResponse> list(@Parameter(description = ApiDocs.ENGAGEMENT_ID) @PathParam("id") UUID id,
                                           @Valid @BeanParam PageRequest page) {
        return reports.list(id, page).map(StatusReportResponse::from);
    }

    @GET
    @Path("{reportId}")
    @Operation(operationId = "getStatusReport", summary = "Read a status report",
            description = ApiDocs.READERS + "The report as it was frozen.")
    public StatusReportResponse get(@Parameter(description = ApiDocs.ENGAGEMENT_ID) @PathParam("id") UUID id,
                                    @Parameter(description = "The report's id (one of this engagement's, else 404)")
                                    @PathParam("reportId") UUID reportId) {
        return StatusReportResponse.from(reports.get(id, reportId));
    }
}
