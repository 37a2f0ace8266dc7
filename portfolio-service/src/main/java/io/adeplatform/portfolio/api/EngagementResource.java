package io.adeplatform.portfolio.api;

import io.adeplatform.platform.core.FieldError;
import io.adeplatform.platform.http.EntityVersions;
import io.adeplatform.platform.http.Page;
import io.adeplatform.platform.http.PageRequest;
import io.adeplatform.platform.http.ProblemException;
import io.adeplatform.platform.core.WireEnums;
import io.adeplatform.platform.persistence.IdempotentCreates;
import io.adeplatform.platform.security.CurrentUser;
import io.adeplatform.platform.security.Roles;
import io.adeplatform.portfolio.api.EngagementDtos.CreateEngagementRequest;
import io.adeplatform.portfolio.api.EngagementDtos.EngagementResponse;
import io.adeplatform.portfolio.api.EngagementDtos.ProgressRequest;
import io.adeplatform.portfolio.api.EngagementDtos.TransitionRequest;
import io.adeplatform.portfolio.api.EngagementDtos.UpdateEngagementRequest;
import io.adeplatform.portfolio.api.StatusDtos.HealthResponse;
import io.adeplatform.portfolio.api.StatusDtos.StatusReportResponse;
import io.adeplatform.portfolio.api.WorkDtos.CostRequest;
import io.adeplatform.portfolio.api.WorkDtos.CostResponse;
import io.adeplatform.portfolio.api.WorkDtos.MilestoneRequest;
import io.adeplatform.portfolio.api.WorkDtos.MilestoneResponse;
import io.adeplatform.portfolio.api.WorkDtos.MilestoneTransitionRequest;
import io.adeplatform.portfolio.api.WorkDtos.RaidRequest;
import io.adeplatform.portfolio.api.WorkDtos.RaidResponse;
import io.adeplatform.portfolio.api.WorkDtos.RaidUpdateRequest;
import io.adeplatform.portfolio.api.WorkDtos.SteeringMeetingRequest;
import io.adeplatform.portfolio.api.WorkDtos.SteeringMeetingResponse;
import io.adeplatform.portfolio.api.WorkDtos.StatusReportRequest;
import io.adeplatform.portfolio.domain.EarnedValue;
import io.adeplatform.portfolio.domain.Health;
import io.adeplatform.portfolio.domain.RaidStatus;
import io.adeplatform.portfolio.domain.RaidType;
import io.adeplatform.portfolio.domain.Stage;
import io.adeplatform.portfolio.service.EngagementService;
import io.adeplatform.portfolio.service.FinancialsService;
import io.adeplatform.portfolio.service.MilestoneService;
import io.adeplatform.portfolio.service.RaidService;
import io.adeplatform.portfolio.service.StatusReportService;
import io.adeplatform.portfolio.service.SteeringService;
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

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Engagements and everything that hangs off them. Reads: any authenticated member of the customer's account team
 * (or admin). Writes: executive, delivery-manager, admin; cost entries also finance. Viewers never write.
 */
@Path("/api/engagements")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EngagementResource {

    static final String[] WRITERS = {Roles.EXECUTIVE, Roles.DELIVERY_MANAGER, Roles.ADMIN};

    @Inject
    EngagementService engagements;

    @Inject
    MilestoneService milestones;

    @Inject
    RaidService raid;

    @Inject
    StatusReportService statusReports;

    @Inject
    SteeringService steering;

    @Inject
    FinancialsService financials;

    @Inject
    IdempotentCreates idempotent;

    @Inject
    CurrentUser user;

    @Context
    UriInfo uri;

    // ---- engagements

    @POST
    @RolesAllowed({Roles.EXECUTIVE, Roles.DELIVERY_MANAGER, Roles.ADMIN})
    public Response create(@Valid @NotNull CreateEngagementRequest request,
                           @HeaderParam("Idempotency-Key") String idempotencyKey) {
        return created(idempotencyKey, request, () -> {
            EngagementResponse e = engagements.create(request, user.username());
            return Response.created(location(e.id())).tag(EntityVersions.tag(e.version())).entity(e).build();
        });
    }

    @GET
    public Page<EngagementResponse> list(@QueryParam("customerId") String customerId,
                                         @QueryParam("stage") String stage,
                                         @QueryParam("health") String health,
                                         @QueryParam("deliveryManager") String deliveryManager,
                                         @Valid @BeanParam PageRequest page) {
        return engagements.list(uuid(customerId, "customerId"), WireEnums.parse(Stage.class, stage, "stage"),
                WireEnums.parse(Health.class, health, "health"), deliveryManager, page);
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") UUID id) {
        EngagementResponse e = engagements.get(id);
        return Response.ok(e).tag(EntityVersions.tag(e.version())).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.EXECUTIVE, Roles.DELIVERY_MANAGER, Roles.ADMIN})
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull UpdateEngagementRequest request) {
        EngagementResponse e = engagements.update(id, ifMatch, request, user.username());
        return Response.ok(e).tag(EntityVersions.tag(e.version())).build();
    }

    @POST
    @Path("{id}/transitions")
    @RolesAllowed({Roles.EXECUTIVE, Roles.DELIVERY_MANAGER, Roles.ADMIN})
    public Response transition(@PathParam("id") UUID id, @Valid @NotNull TransitionRequest request) {
        EngagementResponse e = engagements.transition(id, request.to(), user.username());
        return Response.ok(e).tag(EntityVersions.tag(e.version())).build();
    }

    @PUT
    @Path("{id}/progress")
    @RolesAllowed({Roles.EXECUTIVE, Roles.DELIVERY_MANAGER, Roles.ADMIN})
    public Response progress(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                             @Valid @NotNull ProgressRequest request) {
        EngagementResponse e = engagements.progress(id, ifMatch, request.percentComplete());
        return Response.ok(e).tag(EntityVersions.tag(e.version())).build();
    }

    @GET
    @Path("{id}/health")
    public HealthResponse health(@PathParam("id") UUID id) {
        return engagements.currentHealth(id);
    }

    // ---- milestones

    @POST
    @Path("{id}/milestones")
    @RolesAllowed({Roles.EXECUTIVE, Roles.DELIVERY_MANAGER, Roles.ADMIN})
    public Response addMilestone(@PathParam("id") UUID id, @Valid @NotNull MilestoneRequest request,
                                 @HeaderParam("Idempotency-Key") String idempotencyKey) {
        return created(idempotencyKey, request, () -> {
            MilestoneResponse m = milestones.add(id, request);
            return Response.created(location(m.id())).tag(EntityVersions.tag(m.version())).entity(m).build();
        });
    }

    @GET
    @Path("{id}/milestones")
    public List<MilestoneResponse> milestones(@PathParam("id") UUID id) {
        return milestones.list(id);
    }

    @POST
    @Path("{id}/milestones/{milestoneId}/transitions")
    @RolesAllowed({Roles.EXECUTIVE, Roles.DELIVERY_MANAGER, Roles.ADMIN})
    public MilestoneResponse milestoneTransition(@PathParam("id") UUID id, @PathParam("milestoneId") UUID milestoneId,
                                                 @Valid @NotNull MilestoneTransitionRequest request) {
        return milestones.transition(id, milestoneId, request.to(), user.username());
    }

    // ---- RAID

    @POST
    @Path("{id}/raid")
    @RolesAllowed({Roles.EXECUTIVE, Roles.DELIVERY_MANAGER, Roles.ADMIN})
    public Response addRaid(@PathParam("id") UUID id, @Valid @NotNull RaidRequest request,
                            @HeaderParam("Idempotency-Key") String idempotencyKey) {
        return created(idempotencyKey, request, () -> {
            RaidResponse r = raid.create(id, request, user.username());
            return Response.created(location(r.id())).tag(EntityVersions.tag(r.version())).entity(r).build();
        });
    }

    @GET
    @Path("{id}/raid")
    public List<RaidResponse> raid(@PathParam("id") UUID id, @QueryParam("type") String type,
                                   @QueryParam("status") String status) {
        return raid.list(id, WireEnums.parse(RaidType.class, type, "type"), WireEnums.parse(RaidStatus.class, status, "status"));
    }

    @GET
    @Path("{id}/raid/overdue-actions")
    public List<RaidResponse> overdueActions(@PathParam("id") UUID id) {
        return raid.overdueActions(id);
    }

    @GET
    @Path("{id}/raid/{itemId}")
    public Response raidItem(@PathParam("id") UUID id, @PathParam("itemId") UUID itemId) {
        RaidResponse r = raid.get(id, itemId);
        return Response.ok(r).tag(EntityVersions.tag(r.version())).build();
    }

    @PUT
    @Path("{id}/raid/{itemId}")
    @RolesAllowed({Roles.EXECUTIVE, Roles.DELIVERY_MANAGER, Roles.ADMIN})
    public Response updateRaid(@PathParam("id") UUID id, @PathParam("itemId") UUID itemId,
                               @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull RaidUpdateRequest request) {
        RaidResponse r = raid.update(id, itemId, ifMatch, request, user.username());
        return Response.ok(r).tag(EntityVersions.tag(r.version())).build();
    }

    @POST
    @Path("{id}/raid/{itemId}/convert")
    @RolesAllowed({Roles.EXECUTIVE, Roles.DELIVERY_MANAGER, Roles.ADMIN})
    public Response convert(@PathParam("id") UUID id, @PathParam("itemId") UUID itemId) {
        RaidResponse r = raid.convert(id, itemId, user.username());
        return Response.ok(r).tag(EntityVersions.tag(r.version())).build();
    }

    // ---- status reports

    @POST
    @Path("{id}/status-reports")
    @RolesAllowed({Roles.EXECUTIVE, Roles.DELIVERY_MANAGER, Roles.ADMIN})
    public Response addStatusReport(@PathParam("id") UUID id, @Valid StatusReportRequest request,
                                    @HeaderParam("Idempotency-Key") String idempotencyKey) {
        StatusReportRequest body = request == null ? new StatusReportRequest(null, null) : request;
        return created(idempotencyKey, body, () -> {
            StatusReportResponse s = statusReports.create(id, body, user.username());
            return Response.created(location(s.id())).entity(s).build();
        });
    }

    @GET
    @Path("{id}/status-reports")
    public List<StatusReportResponse> statusReports(@PathParam("id") UUID id) {
        return statusReports.list(id);
    }

    @GET
    @Path("{id}/status-reports/{reportId}")
    public StatusReportResponse statusReport(@PathParam("id") UUID id, @PathParam("reportId") UUID reportId) {
        return statusReports.get(id, reportId);
    }

    // ---- steering committee meetings

    @POST
    @Path("{id}/steering-meetings")
    @RolesAllowed({Roles.EXECUTIVE, Roles.DELIVERY_MANAGER, Roles.ADMIN})
    public Response addMeeting(@PathParam("id") UUID id, @Valid @NotNull SteeringMeetingRequest request,
                               @HeaderParam("Idempotency-Key") String idempotencyKey) {
        return created(idempotencyKey, request, () -> {
            SteeringMeetingResponse m = steering.record(id, request, user.username());
            return Response.created(location(m.id())).entity(m).build();
        });
    }

    @GET
    @Path("{id}/steering-meetings")
    public List<SteeringMeetingResponse> meetings(@PathParam("id") UUID id) {
        return steering.list(id);
    }

    @GET
    @Path("{id}/steering-meetings/{meetingId}")
    public SteeringMeetingResponse meeting(@PathParam("id") UUID id, @PathParam("meetingId") UUID meetingId) {
        return steering.get(id, meetingId);
    }

    // ---- financials

    @POST
    @Path("{id}/costs")
    @RolesAllowed({Roles.EXECUTIVE, Roles.DELIVERY_MANAGER, Roles.FINANCE, Roles.ADMIN})
    public Response addCost(@PathParam("id") UUID id, @Valid @NotNull CostRequest request,
                            @HeaderParam("Idempotency-Key") String idempotencyKey) {
        return created(idempotencyKey, request, () -> {
            CostResponse c = financials.record(id, request, user.username());
            return Response.created(location(c.id())).entity(c).build();
        });
    }

    @GET
    @Path("{id}/costs")
    public List<CostResponse> costs(@PathParam("id") UUID id) {
        return financials.list(id);
    }

    @GET
    @Path("{id}/financials")
    public EarnedValue.Figures financials(@PathParam("id") UUID id, @QueryParam("asOf") String asOf) {
        LocalDate date;
        try {
            date = asOf == null || asOf.isBlank() ? null : LocalDate.parse(asOf);
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest("invalid query parameter",
                    List.of(new FieldError("asOf", "must be an ISO-8601 date such as 2026-11-27")));
        }
        return financials.financials(id, date);
    }

    // ----

    private Response created(String key, Object request, Supplier<Response> supplier) {
        return idempotent.create(key, user.username() + " POST " + uri.getPath(), request, supplier);
    }

    private URI location(UUID id) {
        return uri.getAbsolutePathBuilder().path(id.toString()).build();
    }

    static UUID uuid(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("invalid query parameter",
                    List.of(new FieldError(field, "must be a UUID")));
        }
    }
}
