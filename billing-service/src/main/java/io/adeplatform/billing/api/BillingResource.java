package io.adeplatform.billing.api;

import io.adeplatform.billing.service.ProfitabilityService;
import io.adeplatform.billing.service.TimeEntryService;
import io.adeplatform.platform.http.Page;
import io.adeplatform.platform.http.PageRequest;
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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.util.UUID;

/** Time entries and engagement profitability. */
@Path("/api/billing")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BillingResource {

    @Inject
    TimeEntryService timeEntries;

    @Inject
    ProfitabilityService profitability;

    @Inject
    IdempotentCreates idempotent;

    @Inject
    CurrentUser user;

    @POST
    @Path("time-entries")
    @RolesAllowed({Roles.DELIVERY_MANAGER, Roles.EXECUTIVE, Roles.ADMIN})
    public Response record(@Valid @NotNull TimeEntryApi.Create request,
                           @HeaderParam("Idempotency-Key") String idempotencyKey, @Context UriInfo uri) {
        return idempotent.create(idempotencyKey, user.username() + " POST /api/billing/time-entries", request, () -> {
            TimeEntryApi.Response entry = timeEntries.record(request);
            return Response.created(uri.getAbsolutePathBuilder().path(entry.id().toString()).build()).entity(entry).build();
        });
    }

    @GET
    @Path("time-entries")
    public Page<TimeEntryApi.Response> list(@QueryParam("engagementId") UUID engagementId,
                                            @QueryParam("contractId") UUID contractId, @Valid @BeanParam PageRequest page) {
        return timeEntries.list(engagementId, contractId, page);
    }

    @GET
    @Path("time-entries/{id}")
    public TimeEntryApi.Response get(@PathParam("id") UUID id) {
        return timeEntries.get(id);
    }

    /** Approved hours are recognized as revenue and can be invoiced. */
    @POST
    @Path("time-entries/{id}/approve")
    @RolesAllowed({Roles.EXECUTIVE, Roles.FINANCE, Roles.ADMIN})
    public TimeEntryApi.Response approve(@PathParam("id") UUID id) {
        return timeEntries.approve(id);
    }

    @GET
    @Path("engagements/{id}/profitability")
    public ProfitabilityResponse profitability(@PathParam("id") UUID id) {
        return profitability.of(id);
    }
}
