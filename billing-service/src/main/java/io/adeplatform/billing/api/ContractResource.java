package io.adeplatform.billing.api;

import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import io.adeplatform.billing.domain.ComplianceItemType;
import io.adeplatform.billing.domain.ContractStatus;
import io.adeplatform.billing.service.ComplianceService;
import io.adeplatform.billing.service.ContractLifecycleService;
import io.adeplatform.billing.service.ContractTermsService;
import io.adeplatform.billing.service.ContractView;
import io.adeplatform.billing.service.DealApprovalService;
import io.adeplatform.billing.service.RevenueRecognitionService;
import io.adeplatform.platform.core.InvalidInput;
import io.adeplatform.platform.core.NotFound;
import io.adeplatform.platform.core.WireEnums;
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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.net.URI;
import java.util.UUID;

/**
 * Contracts: their terms, deal approval, compliance, signature and lifecycle, and their revenue recognition. Writes
 * run in one transaction with the mapping of their answer, which reads the contract's lines and approvals.
 */
@Path("/api/contracts")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ContractResource {

    @Inject
    ContractTermsService terms;

    @Inject
    DealApprovalService approval;

    @Inject
    ComplianceService compliance;

    @Inject
    ContractLifecycleService lifecycle;

    @Inject
    RevenueRecognitionService revenue;

    @Inject
    IdempotentCreates idempotent;

    @POST
    @RolesAllowed(RoleSets.FINANCE_WRITERS)
    public Response create(@Valid @NotNull CreateContractRequest request,
                           @HeaderParam("Idempotency-Key") String idempotencyKey, @Context UriInfo uri) {
        return idempotent.created(idempotencyKey, request, uri,
                () -> ContractResponse.from(terms.create(request.customerId(), request.terms())));
    }

    @GET
    public Page<ContractResponse> list(@QueryParam("customerId") String customerId, @QueryParam("status") String status,
                                       @QueryParam("engagementId") String engagementId, @Valid @BeanParam PageRequest page) {
        return (terms.list(QueryParams.uuid("customerId", customerId),
                QueryParams.enumValue(ContractStatus.class, "status", status),
                QueryParams.uuid("engagementId", engagementId), page)).map(ContractResponse::from);
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") UUID id) {
        return ok(terms.get(id));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(RoleSets.FINANCE_WRITERS)
    @Transactional
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull UpdateContractRequest request) {
        return ok(terms.update(id, EntityVersions.expected(ifMatch), request.terms()));
    }

    @POST
    @Path("{id}/submit")
    @RolesAllowed(RoleSets.FINANCE_WRITERS)
    @Transactional
    public Response submit(@PathParam("id") UUID id) {
        return ok(approval.submit(id));
    }

    @POST
    @Path("{id}/approve")
    @RolesAllowed(RoleSets.DEAL_APPROVERS)
    @Transactional
    public Response approve(@PathParam("id") UUID id, @RequestBody(required = false) @Valid ApprovalRequest request) {
        return ok(approval.approve(id, request == null ? null : request.comment()));
    }

    @POST
    @Path("{id}/reject")
    @RolesAllowed(RoleSets.DEAL_APPROVERS)
    @Transactional
    public Response reject(@PathParam("id") UUID id, @Valid @NotNull RejectionRequest request) {
        return ok(approval.reject(id, request.comment()));
    }

    /**
     * The next revision of a rejected contract: 201 with a new draft carrying its terms (Location of the new contract);
     * a contract is revised once (409 {@code already-revised}), and only when rejected (409 {@code not-rejected}).
     */
    @POST
    @Path("{id}/revisions")
    @RolesAllowed(RoleSets.FINANCE_WRITERS)
    @Transactional
    public Response revise(@PathParam("id") UUID id) {
        ContractResponse next = ContractResponse.from(terms.revise(id));
        return Response.created(URI.create("/api/contracts/" + next.id())).tag(EntityVersions.tag(next.version()))
                .entity(next).build();
    }

    @POST
    @Path("{id}/sign")
    @RolesAllowed(RoleSets.FINANCE_WRITERS)
    @Transactional
    public Response sign(@PathParam("id") UUID id) {
        return ok(lifecycle.sign(id));
    }

    @POST
    @Path("{id}/activate")
    @RolesAllowed(RoleSets.FINANCE_WRITERS)
    @Transactional
    public Response activate(@PathParam("id") UUID id) {
        return ok(lifecycle.activate(id));
    }

    @POST
    @Path("{id}/close")
    @RolesAllowed(RoleSets.FINANCE_WRITERS)
    @Transactional
    public Response close(@PathParam("id") UUID id) {
        return ok(lifecycle.close(id));
    }

    /** Marks one compliance checklist item (legal-review, security-review, data-protection, public-procurement) done. */
    @POST
    @Path("{id}/compliance/{item}")
    @RolesAllowed(RoleSets.FINANCE_WRITERS)
    @Transactional
    public Response completeCompliance(@PathParam("id") UUID id, @PathParam("item") String item,
                                       @RequestBody(required = false) @Valid ComplianceCompletionRequest request) {
        return ok(compliance.complete(id, complianceItem(item), request == null ? null : request.note()));
    }

    /** Percent complete of a fixed-fee line, the basis of its revenue recognition. */
    @PUT
    @Path("{id}/lines/{lineId}/progress")
    @RolesAllowed(RoleSets.ACCOUNT_WRITERS)
    @Transactional
    public Response progress(@PathParam("id") UUID id, @PathParam("lineId") UUID lineId,
                             @Valid @NotNull ProgressRequest request) {
        return ok(revenue.progress(id, lineId, request.percentComplete()));
    }

    @GET
    @Path("{id}/revenue")
    public RevenueResponse revenue(@PathParam("id") UUID id) {
        return RevenueResponse.from(revenue.revenue(id));
    }

    /** A checklist item is part of the URL: an unknown one is a resource that does not exist. */
    private static ComplianceItemType complianceItem(String item) {
        try {
            return WireEnums.parse(ComplianceItemType.class, item, "item");
        } catch (InvalidInput e) {
            throw new NotFound("compliance item", item);
        }
    }

    private static Response ok(ContractView view) {
        return EntityVersions.ok(ContractResponse.from(view));
    }
}
