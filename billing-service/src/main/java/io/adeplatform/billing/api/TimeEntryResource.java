package io.adeplatform.billing.api;

import io.adeplatform.billing.service.TimeEntryService;
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

import java.util.UUID;

/** Time entries: hours priced from an active contract's rate card, approved before they are recognized and invoiced. */
@Path("/api/billing/time-entries")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TimeEntryResource {

    @Inject
    TimeEntryService timeEntries;

    @Inject
    IdempotentCreates idempotent;

    @POST
    @RolesAllowed(RoleSets.DELIVERY_WRITERS)
    public Response record(@Valid @NotNull TimeEntryRequest request,
                           @HeaderParam("Idempotency-Key") String idempotencyKey, @Context UriInfo uri) {
        return idempotent.create(idempotencyKey, request, () -> {
            TimeEntryResponse entry = TimeEntryResponse.from(timeEntries.record(request.work()));
            return Response.created(uri.getAbsolutePathBuilder().path(entry.id().toString()).build()).entity(entry).build();
        });
    }

    @GET
    public Page<TimeEntryResponse> list(@QueryParam("engagementId") String engagementId,
                                        @QueryParam("contractId") String contractId, @Valid @BeanParam PageRequest page) {
        return (timeEntries.list(QueryParams.uuid("engagementId", engagementId),
                QueryParams.uuid("contractId", contractId), page)).map(TimeEntryResponse::from);
    }

    @GET
    @Path("{id}")
    public TimeEntryResponse get(@PathParam("id") UUID id) {
        return TimeEntryResponse.from(timeEntries.get(id));
    }

    /** Approved hours are recognized as revenue and can be invoiced. */
    @POST
    @Path("{id}/approve")
    @RolesAllowed(RoleSets.FINANCE_WRITERS)
    public TimeEntryResponse approve(@PathParam("id") UUID id) {
        return TimeEntryResponse.from(timeEntries.approve(id));
    }
}
