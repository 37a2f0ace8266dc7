package io.adeplatform.portfolio.api;

import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import io.adeplatform.platform.security.RoleSets;
import io.adeplatform.portfolio.api.StatusReportRequest.OverrideRequest;
import io.adeplatform.portfolio.service.StatusReportService;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.UUID;

/** Dated status reports: frozen snapshots, never updated (a database trigger refuses it too). */
@Path("/api/engagements/{id}/status-reports")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StatusReportResource extends CreatingResource {

    @Inject
    StatusReportService reports;

    @POST
    @RolesAllowed(RoleSets.DELIVERY_WRITERS)
    public Response add(@PathParam("id") UUID id, @RequestBody(required = false) @Valid StatusReportRequest request,
                        @HeaderParam("Idempotency-Key") String idempotencyKey) {
        StatusReportRequest body = request == null ? new StatusReportRequest(null, null) : request;
        OverrideRequest override = body.override();
        // frozen: no version to match
        return recorded(idempotencyKey, body, () -> StatusReportResponse.from(reports.create(id, body.summary(),
                        override == null ? null : override.rag(), override == null ? null : override.reason(),
                        user.username())), StatusReportResponse::id);
    }

    @GET
    public List<StatusReportResponse> list(@PathParam("id") UUID id) {
        return reports.list(id).stream().map(StatusReportResponse::from).toList();
    }

    @GET
    @Path("{reportId}")
    public StatusReportResponse get(@PathParam("id") UUID id, @PathParam("reportId") UUID reportId) {
        return StatusReportResponse.from(reports.get(id, reportId));
    }
}
