package io.adeplatform.billing.api;

import io.adeplatform.billing.service.CreditNoteService;
import io.adeplatform.platform.http.Page;
import io.adeplatform.platform.http.PageRequest;
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

/** An invoice's credit notes: issued against it, listed and read; a credit note never changes. */
@Path("/api/invoices/{id}/credit-notes")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Credit notes", description = "Numbered documents (gap-free `CN-<year>-…`) lowering what an issued or "
        + "overdue invoice still owes; a credit note is a concession: it lowers revenue and frees no not-to-exceed room.")
public class CreditNoteResource {

    @Inject
    CreditNoteService creditNotes;

    @Inject
    IdempotentCreates idempotent;

    @POST
    @RolesAllowed(RoleSets.FINANCE_WRITERS)
    @Operation(operationId = "createCreditNote", summary = "Issue a credit note against an invoice",
            description = "Executives, finance and admins on the account credit an issued or overdue invoice (409 "
                    + "`not-creditable` otherwise) by at most its open amount (422 `credit-exceeds-open-amount`), in its "
                    + "currency. The answer is the credit note; the invoice (new open amount, new ETag) is read at "
                    + "`GET /api/invoices/{id}`. Publishes `invoice.credit-note-issued`.")
    @APIResponse(responseCode = "201", description = "The credit note, with its Location.",
            content = @Content(schema = @Schema(implementation = CreditNoteResponse.class)))
    public Response create(@Parameter(description = "The invoice's id.") @PathParam("id") UUID id,
                           @Valid @NotNull CreditNoteRequest request,
                           @Parameter(description = InvoiceResource.KEY) @HeaderParam("Idempotency-Key") String idempotencyKey,
                           @Context UriInfo uri) {
        return idempotent.create(idempotencyKey, request, () -> {
            CreditNoteResponse note = CreditNoteResponse.from(creditNotes.credit(id, request.amount(), request.reason()));
            return Response.created(uri.getAbsolutePathBuilder().path(note.id().toString()).build()).entity(note).build();
        });
    }

    @GET
    @Operation(operationId = "listCreditNotes", summary = "List an invoice's credit notes",
            description = "Any member reads the credit notes of a visible invoice, oldest first.")
    public Page<CreditNoteResponse> list(@Parameter(description = "The invoice's id.") @PathParam("id") UUID id,
                                         @Valid @BeanParam PageRequest page) {
        return creditNotes.list(id, page).map(CreditNoteResponse::from);
    }

    @GET
    @Path("{creditNoteId}")
    @Operation(operationId = "getCreditNote", summary = "Read a credit note",
            description = "Any member reads one credit note of a visible invoice (404 for a note of another invoice).")
    public CreditNoteResponse get(@Parameter(description = "The invoice's id.") @PathParam("id") UUID id,
                                  @Parameter(description = "The credit note's id.") @PathParam("creditNoteId") UUID creditNoteId) {
        return CreditNoteResponse.from(creditNotes.get(id, creditNoteId));
    }
}
