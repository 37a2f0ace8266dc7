package io.adeplatform.escalation.api;

import io.adeplatform.escalation.domain.TimelineKind;
import io.adeplatform.escalation.domain.Visibility;
import io.adeplatform.escalation.service.CurrentActor;
import io.adeplatform.escalation.service.TimelineService;
import io.adeplatform.platform.http.Page;
import io.adeplatform.platform.http.PageRequest;
import io.adeplatform.platform.http.QueryParams;
import io.adeplatform.platform.persistence.IdempotentCreates;
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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
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

/** An escalation's timeline: internal work notes and customer-visible updates. */
@Path("/api/escalations/{id}/timeline")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Escalation timeline", description = "What happened to an escalation, oldest first: internal work notes, "
        + "customer-visible updates, and the status, level, SLA and signal entries the service writes itself")
public class TimelineResource {

    @Inject
    TimelineService service;

    @Inject
    IdempotentCreates idempotent;

    @Inject
    CurrentActor actor;

    @GET
    @Operation(operationId = "listEscalationTimeline", summary = "List an escalation's timeline",
            description = "Entries oldest first, paged. Entries with visibility=customer (customerVisible=true) are "
                    + "the only ones a customer-facing client may read; such a client must ask with "
                    + "visibility=customer. Everything else is an internal work note for the account team. 404 when "
                    + "the escalation does not exist or its customer is not the caller's.")
    public Page<TimelineEntryResponse> timeline(@Parameter(description = EscalationResource.ID) @PathParam("id") UUID id,
                                                @Parameter(description = "only entries of this visibility: internal "
                                                        + "or customer")
                                                @QueryParam("visibility") String visibility,
                                                @Parameter(description = "only entries of this kind: opened, update, "
                                                        + "status-change, level-change, sla-event or signal")
                                                @QueryParam("kind") String kind,
                                                @Valid @BeanParam PageRequest page) {
        return service.timeline(id, QueryParams.enumValue(Visibility.class, "visibility", visibility),
                QueryParams.enumValue(TimelineKind.class, "kind", kind), page).map(TimelineEntryResponse::from);
    }

    @GET
    @Path("{entryId}")
    @Operation(operationId = "getEscalationTimelineEntry", summary = "Read one entry of an escalation's timeline",
            description = "The entry a timeline POST's Location names. 404 when the escalation or the entry does not "
                    + "exist, or the escalation's customer is not the caller's.")
    public TimelineEntryResponse entry(@Parameter(description = EscalationResource.ID) @PathParam("id") UUID id,
                                       @Parameter(description = "the entry's id") @PathParam("entryId") UUID entryId) {
        return TimelineEntryResponse.from(service.entry(id, entryId));
    }

    @POST
    @RolesAllowed(RoleSets.ACCOUNT_WRITERS)
    @Operation(operationId = "createEscalationTimelineEntry", summary = "Add an update to an escalation's timeline",
            description = "An internal work note or a customer-visible update (account writers), with an optional "
                    + "trend that becomes the escalation's trend. 409 when the escalation is closed. Publishes no "
                    + "event. Accepts Idempotency-Key. An entry never changes, so it has no ETag.")
    @APIResponse(responseCode = "201", description = "added; Location names the entry",
            content = @Content(schema = @Schema(implementation = TimelineEntryResponse.class)))
    public Response addUpdate(@Parameter(description = EscalationResource.ID) @PathParam("id") UUID id,
                              @Valid @NotNull TimelineUpdateRequest request,
                              @Parameter(description = EscalationResource.IDEMPOTENCY_KEY)
                              @HeaderParam("Idempotency-Key") String idempotencyKey, @Context UriInfo uri) {
        return idempotent.create(idempotencyKey, request, () -> {
            TimelineEntryResponse entry = TimelineEntryResponse.from(
                    service.addUpdate(id, request.text(), request.visibility(), request.trend(), actor.get()));
            // a timeline entry is never changed, so it has no version and no ETag
            return Response.created(uri.getAbsolutePathBuilder().path(entry.id().toString()).build())
                    .entity(entry).build();
        });
    }
}
