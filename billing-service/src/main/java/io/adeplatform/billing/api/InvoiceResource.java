package io.adeplatform.billing.api;

import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import io.adeplatform.billing.domain.InvoiceStatus;
import io.adeplatform.billing.service.CreditNoteService;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/**
 * Invoices: drafts from a contract's schedule or time, issuing, payment, voiding and credit notes. Writes run in one
 * transaction with the mapping of their answer, which reads the invoice's lines.
 */
@Path("/api/invoices")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InvoiceResource {

    @Inject
    InvoiceService invoices;

    @Inject
    InvoiceDraftingService drafting;

    @Inject
    CreditNoteService creditNotes;

    @Inject
    IdempotentCreates idempotent;

    /** Draft invoices from the due installments of the contract's fixed-fee lines: 201 with the new drafts. */
    @POST
    @Path("from-schedule")
    @RolesAllowed(RoleSets.FINANCE_WRITERS)
    public Response fromSchedule(@Valid @NotNull InvoicesFromScheduleRequest request,
                                 @HeaderParam("Idempotency-Key") String idempotencyKey) {
        return idempotent.create(idempotencyKey, request, () -> {
            List<InvoiceResponse> created = drafting.fromSchedule(request.contractId(), request.asOf()).stream()
                    .map(InvoiceResponse::from).toList();
            return Response.status(created.isEmpty() ? 200 : 201).entity(new InvoicesCreatedResponse(created)).build();
        });
    }

    /** One draft invoice for the contract's approved, unbilled time entries of the period. */
    @POST
    @Path("from-time")
    @RolesAllowed(RoleSets.FINANCE_WRITERS)
    public Response fromTime(@Valid @NotNull InvoiceFromTimeRequest request,
                             @HeaderParam("Idempotency-Key") String idempotencyKey) {
        return idempotent.create(idempotencyKey, request, () -> {
            InvoiceResponse invoice = InvoiceResponse.from(drafting.fromTime(request.contractId(), request.from(), request.to()));
            return Response.created(URI.create("/api/invoices/" + invoice.id()))
                    .tag(EntityVersions.tag(invoice.version())).entity(invoice).build();
        });
    }

    /** {@code status} may be repeated or comma-separated: {@code status=issued,overdue} lists the open invoices. */
    @GET
    public Page<InvoiceResponse> list(@QueryParam("customerId") String customerId, @QueryParam("contractId") String contractId,
                                      @QueryParam("status") List<String> statuses, @Valid @BeanParam PageRequest page) {
        return (invoices.list(QueryParams.uuid("customerId", customerId),
                QueryParams.uuid("contractId", contractId), QueryParams.enumValues(InvoiceStatus.class, "status", statuses),
                page)).map(InvoiceResponse::from);
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") UUID id) {
        return ok(invoices.get(id));
    }

    @POST
    @Path("{id}/issue")
    @RolesAllowed(RoleSets.FINANCE_WRITERS)
    @Transactional
    public Response issue(@PathParam("id") UUID id, @RequestBody(required = false) IssueInvoiceRequest request) {
        return ok(invoices.issue(id, request == null ? null : request.invoiceDate()));
    }

    @POST
    @Path("{id}/pay")
    @RolesAllowed(RoleSets.FINANCE_WRITERS)
    @Transactional
    public Response pay(@PathParam("id") UUID id) {
        return ok(invoices.pay(id));
    }

    @POST
    @Path("{id}/void")
    @RolesAllowed(RoleSets.FINANCE_WRITERS)
    @Transactional
    public Response voidInvoice(@PathParam("id") UUID id) {
        return ok(invoices.voidInvoice(id));
    }

    @POST
    @Path("{id}/credit-notes")
    @RolesAllowed(RoleSets.FINANCE_WRITERS)
    public Response credit(@PathParam("id") UUID id, @Valid @NotNull CreditNoteRequest request,
                           @HeaderParam("Idempotency-Key") String idempotencyKey) {
        return idempotent.create(idempotencyKey, request, () -> {
            InvoiceResponse invoice = InvoiceResponse.from(creditNotes.credit(id, request.amount(), request.reason()));
            return Response.status(201).tag(EntityVersions.tag(invoice.version())).entity(invoice).build();
        });
    }

    private static Response ok(InvoiceView view) {
        return EntityVersions.ok(InvoiceResponse.from(view));
    }
}
