package io.adeplatform.escalation.api;

import io.adeplatform.escalation.domain.Escalation;
import io.adeplatform.escalation.service.CurrentActor;
import io.adeplatform.escalation.service.EscalationService;
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

import java.util.UUID;

/** Escalations themselves: open, list, read, describe. Their lifecycle, SLA timers and timeline have own resources. */
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
    CurrentActor actor;

    @POST
    @RolesAllowed(RoleSets.ACCOUNT_WRITERS)
    @Operation(summary = "Open an escalation on a customer (and optionally an engagement)")
    public Response create(@Valid @NotNull CreateEscalationRequest request,
                           @HeaderParam("Idempotency-Key") String idempotencyKey, @Context UriInfo uri) {
        return idempotent.created(idempotencyKey, request, uri, () -> EscalationResponse.from(service.open(
                request.customerId(), request.source(), request.details(), request.raisedAt(), actor.get())));
    }

    @GET
    @Operation(summary = "List the escalations of the caller's customers, newest first")
    public Page<EscalationResponse> list(@BeanParam EscalationListParams params, @Valid @BeanParam PageRequest page) {
        return service.list(params.criteria(), page).map(EscalationResponse::from);
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") UUID id) {
        return ok(service.get(id));
    }

    @PUT
    @Path("{id}")
    @Transactional // the response reads the escalation's watchers inside the use case's transaction
    @RolesAllowed(RoleSets.ACCOUNT_WRITERS)
    @Operation(summary = "Change title, description, severity, category, owner, watchers or engagement (If-Match required)")
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull UpdateEscalationRequest request) {
        return ok(service.update(id, EntityVersions.expected(ifMatch), request.details(), request.severityReason(),
                actor.get()));
    }

    /** 200 with the escalation and its version as ETag. */
    static Response ok(Escalation escalation) {
        return EntityVersions.ok(EscalationResponse.from(escalation));
    }
}
