package io.adeplatform.escalation.api;

import io.adeplatform.platform.core.FieldError;
import io.adeplatform.escalation.domain.EscalationStatus;
import io.adeplatform.escalation.domain.Level;
import io.adeplatform.escalation.domain.Severity;
import io.adeplatform.escalation.domain.TimelineKind;
import io.adeplatform.escalation.domain.Visibility;
import io.adeplatform.escalation.persistence.EscalationFilter;
import io.adeplatform.escalation.service.Actor;
import io.adeplatform.escalation.service.EscalationService;
import io.adeplatform.platform.http.EntityVersions;
import io.adeplatform.platform.http.Page;
import io.adeplatform.platform.http.PageRequest;
import io.adeplatform.platform.http.ProblemException;
import io.adeplatform.platform.core.WireEnums;
import io.adeplatform.platform.persistence.IdempotentCreates;
import io.adeplatform.platform.security.CurrentUser;
import io.adeplatform.platform.security.Roles;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.util.List;
import java.util.UUID;

@Path("/api/escalations")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EscalationResource {

    @Inject
    EscalationService service;

    @Inject
    IdempotentCreates idempotent;

    @Inject
    CurrentUser user;

    @POST
    @RolesAllowed({Roles.EXECUTIVE, Roles.DELIVERY_MANAGER, Roles.FINANCE, Roles.ADMIN})
    @Operation(summary = "Open an escalation on a customer (and optionally an engagement)")
    public Response create(@Valid @NotNull CreateEscalationRequest request,
                           @HeaderParam("Idempotency-Key") String idempotencyKey, @Context UriInfo uri) {
        return idempotent.create(idempotencyKey, user.username() + " POST /api/escalations", request, () -> {
            EscalationResponse created = service.open(request, Actor.of(user));
            return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                    .tag(EntityVersions.tag(created.version())).entity(created).build();
        });
    }

    @GET
    @Operation(summary = "List the escalations of the caller's customers, newest first")
    public Page<EscalationResponse> list(@QueryParam("customerId") String customerId,
                                         @QueryParam("engagementId") String engagementId,
                                         @QueryParam("status") String status,
                                         @QueryParam("severity") String severity,
                                         @QueryParam("level") String level,
                                         @QueryParam("owner") String owner,
                                         @Parameter(description = "true: any SLA target breached; false: none")
                                         @QueryParam("breached") String breached,
                                         @Valid @BeanParam PageRequest page) {
        EscalationFilter filter = new EscalationFilter(uuid(customerId, "customerId"), uuid(engagementId, "engagementId"),
                WireEnums.parse(EscalationStatus.class, status, "status"), WireEnums.parse(Severity.class, severity, "severity"),
                Level.parse(level, "level"), owner, bool(breached, "breached"), java.util.Optional.empty());
        return service.list(filter, page);
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") UUID id) {
        return withTag(service.get(id), Response.Status.OK);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.EXECUTIVE, Roles.DELIVERY_MANAGER, Roles.FINANCE, Roles.ADMIN})
    @Operation(summary = "Change title, description, severity, category, owner, watchers or engagement (If-Match required)")
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull UpdateEscalationRequest request) {
        return withTag(service.update(id, ifMatch, request, Actor.of(user)), Response.Status.OK);
    }

    @POST
    @Path("{id}/transitions")
    @RolesAllowed({Roles.EXECUTIVE, Roles.DELIVERY_MANAGER, Roles.FINANCE, Roles.ADMIN})
    @Operation(summary = "Move the escalation to another status with a note; resolving needs a root-cause analysis",
            description = "open → acknowledged → investigating → mitigated → resolved → closed; mitigated ↔ investigating; "
                    + "investigating → resolved; resolved/closed → investigating reopens. Illegal moves are 409. "
                    + "If-Match is optional and checked when present.")
    public Response transition(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                               @Valid @NotNull TransitionRequest request) {
        return withTag(service.transition(id, ifMatch, request, Actor.of(user)), Response.Status.OK);
    }

    @POST
    @Path("{id}/level")
    @RolesAllowed({Roles.EXECUTIVE, Roles.DELIVERY_MANAGER, Roles.FINANCE, Roles.ADMIN})
    @Operation(summary = "Raise or lower the level (L1 team, L2 ADE, L3 executive) with a reason",
            description = "Lowering needs the role that set the current level or a higher one "
                    + "(delivery-manager = finance < executive = system < admin).")
    public Response level(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                          @Valid @NotNull LevelChangeRequest request) {
        return withTag(service.changeLevel(id, ifMatch, request, Actor.of(user)), Response.Status.OK);
    }

    @POST
    @Path("{id}/pause")
    @RolesAllowed({Roles.EXECUTIVE, Roles.DELIVERY_MANAGER, Roles.FINANCE, Roles.ADMIN})
    @Operation(summary = "Pause the SLA timers with a reason (e.g. waiting for customer)")
    public Response pause(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                          @Valid @NotNull PauseRequest request) {
        return withTag(service.pause(id, ifMatch, request.reason(), Actor.of(user)), Response.Status.OK);
    }

    @POST
    @Path("{id}/resume")
    @RolesAllowed({Roles.EXECUTIVE, Roles.DELIVERY_MANAGER, Roles.FINANCE, Roles.ADMIN})
    @Operation(summary = "Resume paused SLA timers (body optional)")
    public Response resume(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid ResumeRequest request) {
        return withTag(service.resume(id, ifMatch, request == null ? null : request.note(), Actor.of(user)),
                Response.Status.OK);
    }

    @GET
    @Path("{id}/sla")
    @Operation(summary = "SLA targets, elapsed time excluding pauses, remaining, percent used and state")
    public SlaResponse sla(@PathParam("id") UUID id) {
        return service.sla(id);
    }

    @GET
    @Path("{id}/timeline")
    @Operation(summary = "The escalation's timeline, oldest first",
            description = "Entries with visibility=customer (customerVisible=true) are the only ones a customer-facing "
                    + "client may read; such a client must ask with visibility=customer. Everything else is an internal "
                    + "work note for the account team.")
    public Page<TimelineEntryResponse> timeline(@PathParam("id") UUID id,
                                                @Parameter(description = "internal or customer")
                                                @QueryParam("visibility") String visibility,
                                                @QueryParam("kind") String kind,
                                                @Valid @BeanParam PageRequest page) {
        return service.timeline(id, WireEnums.parse(Visibility.class, visibility, "visibility"),
                WireEnums.parse(TimelineKind.class, kind, "kind"), page);
    }

    @POST
    @Path("{id}/timeline")
    @RolesAllowed({Roles.EXECUTIVE, Roles.DELIVERY_MANAGER, Roles.FINANCE, Roles.ADMIN})
    @Operation(summary = "Add an update (internal work note or customer-visible) with an optional trend")
    public Response addUpdate(@PathParam("id") UUID id, @Valid @NotNull TimelineUpdateRequest request,
                              @HeaderParam("Idempotency-Key") String idempotencyKey, @Context UriInfo uri) {
        return idempotent.create(idempotencyKey, user.username() + " POST /api/escalations/" + id + "/timeline", request, () -> {
            TimelineEntryResponse entry = service.addUpdate(id, request, Actor.of(user));
            return Response.created(uri.getAbsolutePathBuilder().path(entry.id().toString()).build()).entity(entry).build();
        });
    }

    private static Response withTag(EscalationResponse escalation, Response.Status status) {
        return Response.status(status).entity(escalation).tag(EntityVersions.tag(escalation.version())).build();
    }

    private static UUID uuid(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("invalid query parameter", List.of(new FieldError(field, "must be a UUID")));
        }
    }

    private static Boolean bool(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.trim()) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw ProblemException.badRequest("invalid query parameter",
                    List.of(new FieldError(field, "must be true or false")));
        };
    }
}
