package io.adeplatform.billing.api;

import io.adeplatform.billing.service.TimeEntryService;
import io.adeplatform.platform.http.EntityVersions;
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

/** Time entries: hours priced from an active contract's rate card, approved before they are recognized and invoiced. */
@Path("/api/billing/time-entries")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Time entries", description = "Hours worked on an engagement, priced from the rate card of an active "
        + "contract's time-and-materials line within its not-to-exceed limits; approved by someone other than who "
        + "recorded or worked them, then recognized as revenue and invoiced.")
public class TimeEntryResource {

    @Inject
    TimeEntryService timeEntries;

    @Inject
    IdempotentCreates idempotent;

    @POST
    @RolesAllowed(RoleSets.DELIVERY_WRITERS)
    @Operation(operationId = "createTimeEntry", summary = "Record hours",
            description = "Delivery managers, executives and admins on the account record hours on an engagement, "
                    + "priced by the rate card of its oldest active contract's time-and-materials line for the role (422 "
                    + "`no-rate` when none; 404 for an engagement unknown or only on other teams' contracts). Past a "
                    + "not-to-exceed limit: 422 `not-to-exceed-exceeded`, or non-billable with `nonBillableIfExceeded`. "
                    + "Publishes nothing.")
    @APIResponse(responseCode = "201", description = "The time entry, with Location and ETag.",
            content = @Content(schema = @Schema(implementation = TimeEntryResponse.class)))
    public Response create(@Valid @NotNull TimeEntryRequest request,
                           @Parameter(description = InvoiceResource.KEY) @HeaderParam("Idempotency-Key") String idempotencyKey,
                           @Context UriInfo uri) {
        return idempotent.created(idempotencyKey, request, uri, () -> TimeEntryResponse.from(timeEntries.record(request.work())));
    }

    @GET
    @Operation(operationId = "listTimeEntries", summary = "List time entries",
            description = "Any member reads the time entries of the customers on their account teams, latest work date "
                    + "first. A filter naming an engagement or contract the caller does not see (or that does not exist) "
                    + "gives an empty page.")
    public Page<TimeEntryResponse> list(
            @Parameter(description = "Only entries on this engagement.") @QueryParam("engagementId") String engagementId,
            @Parameter(description = "Only entries priced by this contract.") @QueryParam("contractId") String contractId,
            @Valid @BeanParam PageRequest page) {
        return (timeEntries.list(QueryParams.uuid("engagementId", engagementId),
                QueryParams.uuid("contractId", contractId), page)).map(TimeEntryResponse::from);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getTimeEntry", summary = "Read a time entry",
            description = "Any member reads one time entry; its ETag is the If-Match of its approval.")
    @APIResponse(responseCode = "200", description = "The time entry, with its ETag.",
            content = @Content(schema = @Schema(implementation = TimeEntryResponse.class)))
    public Response get(@Parameter(description = "The time entry's id.") @PathParam("id") UUID id) {
        return EntityVersions.ok(TimeEntryResponse.from(timeEntries.get(id)));
    }

    @POST
    @Path("{id}/transitions")
    @RolesAllowed(RoleSets.FINANCE_WRITERS)
    @Operation(operationId = "transitionTimeEntry", summary = "Approve a time entry",
            description = "Executives and finance on the account (and admins) move an entry to `approved`, never their "
                    + "own (who recorded or worked it: 403 `own-time-entry`); approving twice is 409 `already-approved`. "
                    + "Approved hours are recognized as revenue and can be invoiced; publishes `contract.time-entry-approved` "
                    + "with their cost, which portfolio's cost ledger records.")
    @APIResponse(responseCode = "200", description = "The time entry, with its new ETag.",
            content = @Content(schema = @Schema(implementation = TimeEntryResponse.class)))
    public Response transition(@Parameter(description = "The time entry's id.") @PathParam("id") UUID id,
                               @Parameter(description = "The time entry's ETag from the last read or change (428 "
                                       + "without it, 412 when stale).", required = true)
                               @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                               @Valid @NotNull TimeEntryTransitionRequest request) {
        return EntityVersions.ok(TimeEntryResponse.from(
                timeEntries.move(id, EntityVersions.expected(ifMatch), request.to().status())));
    }
}
