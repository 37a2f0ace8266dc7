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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.util.UUID;

/** An escalation's timeline: internal work notes and customer-visible updates. */
@Path("/api/escalations/{id}/timeline")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TimelineResource {

    @Inject
    TimelineService service;

    @Inject
    IdempotentCreates idempotent;

    @Inject
    CurrentActor actor;

    @GET
    @Operation(summary = "The escalation's timeline, oldest first",
            description = "Entries with visibility=customer (customerVisible=true) are the only ones a customer-facing "
                    + "client may read; such a client must ask with visibility=customer. Everything else is an internal "
                    + "work note for the account team.")
    public Page<TimelineEntryResponse> timeline(@PathParam("id") UUID id,
                                                @Parameter(description = "internal or customer")
                                                @QueryParam("visibility") String visibility,
                                                @QueryParam("kind") String kind,
                                                @Valid @BeanParam PageRequest page) {
        return service.timeline(id, QueryParams.enumValue(Visibility.class, "visibility", visibility),
                QueryParams.enumValue(TimelineKind.class, "kind", kind), page).map(TimelineEntryResponse::from);
    }

    @POST
    @RolesAllowed(RoleSets.ACCOUNT_WRITERS)
    @Operation(summary = "Add an update (internal work note or customer-visible) with an optional trend")
    public Response addUpdate(@PathParam("id") UUID id, @Valid @NotNull TimelineUpdateRequest request,
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
