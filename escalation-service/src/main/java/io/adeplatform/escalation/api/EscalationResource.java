package io.adeplatform.escalation.api;

import io.adeplatform.escalation.domain.Escalation;
import io.adeplatform.escalation.service.CurrentActor;
import io.adeplatform.escalation.service.EscalationService;
import io.adeplatform.escalation.service.StatusTransitionService;
import io.adeplatform.platform.http.EntityVersions;
import io.adeplatform.platform.http.Page;
import io.adeplatform.platform.http.PageRequest;
import io.adeplatform.platform.persistence.IdempotentCreates;
import io.adeplatform.platform.security.RoleSets;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
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

/**
 * Escalations themselves: open, list, read, describe, and move through their status machine. Their level, SLA timers
 * and timeline have own resources.
 */
@Path("/api/escalations")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Escalations", description = "Accountable escalations on a customer (and optionally an engagement): "
        + "severity, category, owner and watchers, and the status machine open → acknowledged → investigating ⇄ "
        + "mitigated → resolved → closed (reopen into investigating)")
public class EscalationResource {

    static final String ID = "the escalation's id";
    static final String IF_MATCH = "the escalation's current ETag (required: 428 without it, 412 when another change "
            + "came first)";
    static final String IDEMPOTENCY_KEY = "makes a retry safe: the same key and body replay the first answer "
            + "(Idempotent-Replayed: true), the same key with another body is 422; at most 255 characters, kept 24 h";

    @Inject
    EscalationService service;

    @Inject
    StatusTransitionService transitions;

    @Inject
    IdempotentCreates idempotent;

    @Inject
    CurrentActor actor;

    @POST
    @RolesAllowed(RoleSets.ACCOUNT_WRITERS)
    @Operation(operationId = "createEscalation", summary = "Open an escalation",
            description = "Opens an escalation on a customer whose account team the caller writes for (and optionally "
                    + "one of its engagements), at level L1 with the SLA targets of its severity's policy, timed from "
                    + "raisedAt when given. Publishes escalation-opened. Accepts Idempotency-Key.")
    @APIResponse(responseCode = "201", description = "opened; Location and ETag name it",
            content = @Content(schema = @Schema(implementation = EscalationResponse.class)))
    public Response create(@Valid @NotNull CreateEscalationRequest request,
                           @Parameter(description = IDEMPOTENCY_KEY)
                           @HeaderParam("Idempotency-Key") String idempotencyKey, @Context UriInfo uri) {
        return idempotent.created(idempotencyKey, request, uri, () -> EscalationResponse.from(service.open(
                request.customerId(), request.source(), request.details(), request.raisedAt(), actor.get())));
    }

    @GET
    @Operation(operationId = "listEscalations", summary = "List escalations",
            description = "The escalations of the customers the caller may see (admins: all), newest first, filtered "
                    + "and paged. A filter naming a customer or engagement the caller may not see answers an empty page.")
    public Page<EscalationResponse> list(@BeanParam EscalationListParams params, @Valid @BeanParam PageRequest page) {
        return service.list(params.criteria(), page).map(EscalationResponse::from);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getEscalation", summary = "Read an escalation",
            description = "One escalation with its status, level, SLA flags and root cause, and its ETag. 404 when it "
                    + "does not exist or its customer is not the caller's.")
    @APIResponse(responseCode = "200", description = "the escalation; ETag = its version",
            content = @Content(schema = @Schema(implementation = EscalationResponse.class)))
    public Response get(@Parameter(description = ID) @PathParam("id") UUID id) {
        return ok(service.get(id));
    }

    @PUT
    @Path("{id}")
    @Transactional // the response reads the escalation's watchers inside the use case's transaction
    @RolesAllowed(RoleSets.ACCOUNT_WRITERS)
    @Operation(operationId = "updateEscalation", summary = "Describe an escalation anew",
            description = "Replaces engagement, title, description, severity, category, owner and watchers (account "
                    + "writers). A new severity re-targets the SLA from its policy (elapsed time is kept), is an update "
                    + "on the timeline and publishes escalation-severity-changed. 409 when the escalation is closed.")
    @APIResponse(responseCode = "200", description = "the changed escalation and its new ETag",
            content = @Content(schema = @Schema(implementation = EscalationResponse.class)))
    public Response update(@Parameter(description = ID) @PathParam("id") UUID id,
                           @Parameter(description = IF_MATCH, required = true)
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull UpdateEscalationRequest request) {
        return ok(service.update(id, EntityVersions.expected(ifMatch), request.details(), request.severityReason(),
                actor.get()));
    }

    @POST
    @Path("{id}/transitions")
    @Transactional // the response reads the escalation's watchers and pauses inside the use case's transaction
    @RolesAllowed(RoleSets.ACCOUNT_WRITERS)
    @Operation(operationId = "transitionEscalation", summary = "Move an escalation to another status",
            description = "open → acknowledged → investigating → mitigated → resolved → closed; mitigated → "
                    + "investigating; investigating → resolved; resolved or closed → investigating reopens. Each move "
                    + "needs a note (on the timeline); resolved needs the root-cause analysis (422 root-cause-required "
                    + "without). Any other move is 409 illegal-transition with from, to and the allowed targets. "
                    + "Publishes escalation-resolved, escalation-closed or escalation-reopened.")
    @APIResponse(responseCode = "200", description = "the moved escalation and its new ETag",
            content = @Content(schema = @Schema(implementation = EscalationResponse.class)))
    public Response transition(@Parameter(description = ID) @PathParam("id") UUID id,
                               @Parameter(description = IF_MATCH, required = true)
                               @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                               @Valid @NotNull StatusTransitionRequest request) {
        return ok(transitions.transition(id, EntityVersions.expected(ifMatch), request.to(), request.note(),
                request.rootCause() == null ? null : request.rootCause().toRootCause(), actor.get()));
    }

    /** 200 with the escalation and its version as ETag. */
    static Response ok(Escalation escalation) {
        return EntityVersions.ok(EscalationResponse.from(escalation));
    }
}
