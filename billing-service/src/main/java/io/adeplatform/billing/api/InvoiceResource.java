package io.adeplatform.billing.api;

import io.adeplatform.billing.domain.InvoiceStatus;
import io.adeplatform.billing.service.InvoiceService;
import io.adeplatform.platform.http.EntityVersions;
import io.adeplatform.platform.http.Page;
import io.adeplatform.platform.http.PageRequest;
import io.adeplatform.platform.core.WireEnums;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.UUID;

@Path("/api/invoices")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InvoiceResource {

    @Inject
    InvoiceService service;

    @Inject
    IdempotentCreates idempotent;

    @Inject
    CurrentUser user;

    /** Draft invoices from the due installments of the contract's fixed-fee lines: 201 with the new drafts. */
    @POST
    @Path("from-schedule")
    @RolesAllowed({Roles.EXECUTIVE, Roles.FINANCE, Roles.ADMIN})
    public Response fromSchedule(@Valid @NotNull InvoiceApi.FromSchedule request,
                                 @HeaderParam("Idempotency-Key") String idempotencyKey) {
        return idempotent.create(idempotencyKey, user.username() + " POST /api/invoices/from-schedule", request, () -> {
            List<InvoiceApi.Response> created = service.fromSchedule(request.contractId(), request.asOf());
            return Response.status(created.isEmpty() ? 200 : 201).entity(new InvoiceApi.Created(created)).build();
        });
    }

    /** One draft invoice for the contract's approved, unbilled time entries of the period. */
    @POST
    @Path("from-time")
    @RolesAllowed({Roles.EXECUTIVE, Roles.FINANCE, Roles.ADMIN})
    public Response fromTime(@Valid @NotNull InvoiceApi.FromTime request,
                             @HeaderParam("Idempotency-Key") String idempotencyKey) {
        return idempotent.create(idempotencyKey, user.username() + " POST /api/invoices/from-time", request, () -> {
            InvoiceApi.Response invoice = service.fromTime(request.contractId(), request.from(), request.to());
            return Response.created(java.net.URI.create("/api/invoices/" + invoice.id()))
                    .tag(EntityVersions.tag(invoice.version())).entity(invoice).build();
        });
    }

    /** {@code status} may be repeated or comma-separated: {@code status=issued,overdue} lists the open invoices. */
    @GET
    public Page<InvoiceApi.Response> list(@QueryParam("customerId") UUID customerId, @QueryParam("contractId") UUID contractId,
                                          @QueryParam("status") List<String> statuses, @Valid @BeanParam PageRequest page) {
        return service.list(customerId, contractId, WireEnums.parseAll(InvoiceStatus.class, statuses, "status"), page);
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") UUID id) {
        return ok(service.get(id));
    }

    @POST
    @Path("{id}/issue")
    @RolesAllowed({Roles.EXECUTIVE, Roles.FINANCE, Roles.ADMIN})
    public Response issue(@PathParam("id") UUID id, InvoiceApi.IssueRequest request) {
        return ok(service.issue(id, request == null ? null : request.invoiceDate()));
    }

    @POST
    @Path("{id}/pay")
    @RolesAllowed({Roles.EXECUTIVE, Roles.FINANCE, Roles.ADMIN})
    public Response pay(@PathParam("id") UUID id) {
        return ok(service.pay(id));
    }

    @POST
    @Path("{id}/void")
    @RolesAllowed({Roles.EXECUTIVE, Roles.FINANCE, Roles.ADMIN})
    public Response voidInvoice(@PathParam("id") UUID id) {
        return ok(service.voidInvoice(id));
    }

    @POST
    @Path("{id}/credit-notes")
    @RolesAllowed({Roles.EXECUTIVE, Roles.FINANCE, Roles.ADMIN})
    public Response credit(@PathParam("id") UUID id, @Valid @NotNull InvoiceApi.CreditNoteRequest request,
                           @HeaderParam("Idempotency-Key") String idempotencyKey) {
        return idempotent.create(idempotencyKey, user.username() + " POST /api/invoices/" + id + "/credit-notes", request, () -> {
            InvoiceApi.Response invoice = service.credit(id, request.amount(), request.reason());
            return Response.status(201).tag(EntityVersions.tag(invoice.version())).entity(invoice).build();
        });
    }

    private static Response ok(InvoiceApi.Response invoice) {
        return Response.ok(invoice).tag(EntityVersions.tag(invoice.version())).build();
    }
}
