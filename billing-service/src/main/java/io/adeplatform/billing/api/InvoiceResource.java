package io.adeplatform.billing.api;

import io.adeplatform.billing.domain.InvoiceStatus;
import io.adeplatform.billing.service.InvoiceDraftingService;
import io.adeplatform.billing.service.InvoiceService;
import io.adeplatform.billing.service.InvoiceView;
import io.adeplatform.platform.http.EntityVersions;
import io.adeplatform.platform.http.Page;
import io.adeplatform.platform.http.PageRequest;
import io.adeplatform.platform.http.QueryParams;
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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/**
 * Invoices: drafts from a contract's schedule or time, and their moves (issued, paid, void). Writes run in one
 * transaction with the mapping of their answer, which reads the invoice's lines. Credit notes: {@link CreditNoteResource}.
 */
@Path("/api/invoices")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Invoices", description = "Invoices of signed or active contracts (from accepted milestones, fixed-fee "
        + "schedules and approved time) within the not-to-exceed limits: drafted, issued with gap-free numbers, paid, "
        + "overdue, void.")
public class InvoiceResource {

    static final String KEY = "Makes a retry safe: the same key and body replay the first answer.";

    @Inject
    InvoiceService invoices;

    @Inject
    InvoiceDraftingService drafting;

    @Inject
    IdempotentCreates idempotent;

    @POST
    @Path("from-schedule")
    @RolesAllowed(RoleSets.FINANCE_WRITERS)
    @Operation(operationId = "createInvoicesFromSchedule", summary = "Draft invoices for due fixed-fee installments",
            description = "Executives, finance and admins on the account draft one invoice per installment of the "
                    + "contract's fixed-fee lines due on or before `asOf` and not yet invoiced; refused as a whole with "
                    + "422 `not-to-exceed-exceeded` past a limit (publishes `contract.limit-reached` the first time), "
                    + "409 `contract-not-billable` unless signed or active.")
    @APIResponse(responseCode = "201", description = "The drafts created.",
            content = @Content(schema = @Schema(implementation = InvoicesCreatedResponse.class)))
    @APIResponse(responseCode = "200", description = "Nothing was due: no draft, `items` empty.",
            content = @Content(schema = @Schema(implementation = InvoicesCreatedResponse.class)))
    public Response fromSchedule(@Valid @NotNull InvoicesFromScheduleRequest request,
                                 @Parameter(description = KEY) @HeaderParam("Idempotency-Key") String idempotencyKey) {
        return idempotent.create(idempotencyKey, request, () -> {
            List<InvoiceResponse> created = drafting.fromSchedule(request.contractId(), request.asOf()).stream()
                    .map(InvoiceResponse::from).toList();
            return Response.status(created.isEmpty() ? 200 : 201).entity(new InvoicesCreatedResponse(created)).build();
        });
    }

    @POST
    @Path("from-time")
    @RolesAllowed(RoleSets.FINANCE_WRITERS)
    @Operation(operationId = "createInvoiceFromTime", summary = "Draft an invoice for a period's approved time",
            description = "Executives, finance and admins on the account draft one invoice with the contract's "
                    + "approved, billable, not yet invoiced time entries dated in the period (422 `nothing-to-invoice` "
                    + "when there are none, 422 `not-to-exceed-exceeded` past a limit, 409 `contract-not-billable`).")
    @APIResponse(responseCode = "201", description = "The draft, with Location and ETag.",
            content = @Content(schema = @Schema(implementation = InvoiceResponse.class)))
    public Response fromTime(@Valid @NotNull InvoiceFromTimeRequest request,
                             @Parameter(description = KEY) @HeaderParam("Idempotency-Key") String idempotencyKey) {
        return idempotent.create(idempotencyKey, request, () -> {
            InvoiceResponse invoice = InvoiceResponse.from(drafting.fromTime(request.contractId(), request.from(), request.to()));
            return Response.created(URI.create("/api/invoices/" + invoice.id()))
                    .tag(EntityVersions.tag(invoice.version())).entity(invoice).build();
        });
    }

    @GET
    @Operation(operationId = "listInvoices", summary = "List invoices",
            description = "Any member reads the invoices of the customers on their account teams, newest first. A "
                    + "filter naming a customer or contract the caller does not see (or that does not exist) gives an "
                    + "empty page.")
    public Page<InvoiceResponse> list(
            @Parameter(description = "Only this customer's invoices.") @QueryParam("customerId") String customerId,
            @Parameter(description = "Only this contract's invoices.") @QueryParam("contractId") String contractId,
            @Parameter(description = "Only invoices in these statuses, repeated or comma-separated: `status=issued,overdue` "
                    + "lists the open ones.") @QueryParam("status") List<String> statuses,
            @Valid @BeanParam PageRequest page) {
        return (invoices.list(QueryParams.uuid("customerId", customerId),
                QueryParams.uuid("contractId", contractId), QueryParams.enumValues(InvoiceStatus.class, "status", statuses),
                page)).map(InvoiceResponse::from);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getInvoice", summary = "Read an invoice",
            description = "Any member reads one invoice with its lines, credit notes and open amount; its ETag is the "
                    + "If-Match of the next move.")
    @APIResponse(responseCode = "200", description = "The invoice, with its ETag.",
            content = @Content(schema = @Schema(implementation = InvoiceResponse.class)))
    public Response get(@Parameter(description = "The invoice's id.") @PathParam("id") UUID id) {
        return ok(invoices.get(id));
    }

    @POST
    @Path("{id}/transitions")
    @RolesAllowed(RoleSets.FINANCE_WRITERS)
    @Transactional
    @Operation(operationId = "transitionInvoice", summary = "Move an invoice to another status",
            description = "`issued`: executives, finance and admins on the account number and date a draft (optional "
                    + "earlier `invoiceDate`; 409 `invoice-date-out-of-sequence`); due after the payment terms; "
                    + "publishes `invoice.issued` (and `invoice.overdue` when already past due). `paid`: any writer on "
                    + "the account settles an issued or overdue invoice; publishes `invoice.paid`. `void`: a draft, "
                    + "issued or overdue invoice without credit notes (409 `credited-invoice`); its time and installments "
                    + "can be invoiced again; publishes `invoice.voided`. Any other move is 409 `illegal-transition` with "
                    + "`from`, `to`, `allowed`.")
    @APIResponse(responseCode = "200", description = "The invoice, with its new ETag.",
            content = @Content(schema = @Schema(implementation = InvoiceResponse.class)))
    public Response transition(@Parameter(description = "The invoice's id.") @PathParam("id") UUID id,
                               @Parameter(description = "The invoice's ETag from the last read or change (428 without "
                                       + "it, 412 when stale).", required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                               @Valid @NotNull InvoiceTransitionRequest request) {
        return ok(invoices.move(id, EntityVersions.expected(ifMatch), request.to().status(), request.invoiceDate()));
    }

    private static Response ok(InvoiceView view) {
        return EntityVersions.ok(InvoiceResponse.from(view));
    }
}
