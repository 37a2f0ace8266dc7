package io.adeplatform.billing.api;

import io.adeplatform.billing.domain.ContractStatus;
import io.adeplatform.billing.service.ContractTermsService;
import io.adeplatform.billing.service.ContractTransitionService;
import io.adeplatform.billing.service.ContractView;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.UUID;

/**
 * Contracts: drafting and revising their terms, and every move of their state machine (deal approval, signature,
 * delivery, closure) through one transitions endpoint. Checklist, progress and revenue: {@link ContractDeliveryResource}.
 */
@Path("/api/contracts")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Contracts", description = "Contracts on a customer and its engagements: lines with their billing "
        + "methods and not-to-exceed limits, deal approval by thresholds with separation of duties, the compliance "
        + "checklist that gates signature, revisions of rejected deals, and revenue recognized per line.")
public class ContractResource {

    static final String IF_MATCH = "The contract's ETag from the last read or change (428 without it, 412 when stale).";

    @Inject
    ContractTermsService terms;

    @Inject
    ContractTransitionService transitions;

    @Inject
    IdempotentCreates idempotent;

    @POST
    @RolesAllowed(RoleSets.FINANCE_WRITERS)
    @Operation(operationId = "createContract", summary = "Create a draft contract",
            description = "Executives, finance and admins of the customer's account team draft a contract with its "
                    + "lines; it starts as `draft` with the compliance checklist of the customer's segment. 422 "
                    + "`unknown-customer` for a customer that is not active, `unknown-engagement` / `unknown-milestone` "
                    + "for references of another customer. Publishes nothing.")
    @APIResponse(responseCode = "201", description = "The draft, with Location and ETag.",
            content = @Content(schema = @Schema(implementation = ContractResponse.class)))
    public Response create(@Valid @NotNull CreateContractRequest request,
                           @Parameter(description = "Makes a retry safe: the same key and body replay the first answer.")
                           @HeaderParam("Idempotency-Key") String idempotencyKey, @Context UriInfo uri) {
        return idempotent.created(idempotencyKey, request, uri,
                () -> ContractResponse.from(terms.create(request.customerId(), request.terms())));
    }

    @GET
    @Operation(operationId = "listContracts", summary = "List contracts",
            description = "Any member reads the contracts of the customers on their account teams, newest first. A "
                    + "filter naming a customer or engagement the caller does not see (or that does not exist) gives an "
                    + "empty page.")
    public Page<ContractResponse> list(
            @Parameter(description = "Only this customer's contracts.") @QueryParam("customerId") String customerId,
            @Parameter(description = "Only contracts in this status (`draft`, `pending-approval`, `approved`, "
                    + "`rejected`, `signed`, `active`, `closed`).") @QueryParam("status") String status,
            @Parameter(description = "Only contracts covering this engagement.") @QueryParam("engagementId") String engagementId,
            @Parameter(description = "Only the contract drafted from this won opportunity (relationship-service): how "
                    + "an opportunity finds its contract.") @QueryParam("opportunityId") String opportunityId,
            @Valid @BeanParam PageRequest page) {
        return (terms.list(QueryParams.uuid("customerId", customerId),
                QueryParams.enumValue(ContractStatus.class, "status", status),
                QueryParams.uuid("engagementId", engagementId), QueryParams.uuid("opportunityId", opportunityId), page))
                .map(ContractResponse::from);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getContract", summary = "Read a contract",
            description = "Any member reads one contract with lines, approvals, compliance checklist, exposure and the "
                    + "approvals it requires; its ETag is the If-Match of the next change.")
    @APIResponse(responseCode = "200", description = "The contract, with its ETag.",
            content = @Content(schema = @Schema(implementation = ContractResponse.class)))
    public Response get(@Parameter(description = "The contract's id.") @PathParam("id") UUID id) {
        return ok(terms.get(id));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(RoleSets.FINANCE_WRITERS)
    @Transactional
    @Operation(operationId = "updateContract", summary = "Replace a draft's terms",
            description = "Executives, finance and admins on the account replace title, currency, engagements, limit "
                    + "and lines of a draft as a whole (409 `not-editable` once submitted). Publishes nothing.")
    @APIResponse(responseCode = "200", description = "The contract, with its new ETag.",
            content = @Content(schema = @Schema(implementation = ContractResponse.class)))
    public Response update(@Parameter(description = "The contract's id.") @PathParam("id") UUID id,
                           @Parameter(description = IF_MATCH, required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull UpdateContractRequest request) {
        return ok(terms.update(id, EntityVersions.expected(ifMatch), request.terms()));
    }

    @POST
    @Path("{id}/transitions")
    @RolesAllowed(RoleSets.FINANCE_WRITERS)
    @Transactional
    @Operation(operationId = "transitionContract", summary = "Move a contract to another status",
            description = "draft → `pending-approval` (submit; publishes `contract.submitted`) → `approved` or "
                    + "`rejected` → `signed` (checklist complete, else 409 `compliance-incomplete`; publishes "
                    + "`contract.signed`) → `active` → `closed` (publishes `contract.closed`). Executives, finance and "
                    + "admins on the account move contracts; approving and rejecting is for finance and executives on the "
                    + "account only, never the submitter (403 `separation-of-duties`). `approved` records the caller's "
                    + "approval for a required role they hold (409 `already-approved`, `approval-not-needed`) and moves "
                    + "the contract once every required role approved (publishes `contract.approved`); `rejected` needs "
                    + "a comment and is final (publishes `contract.rejected`). 422 `no-approval-threshold` when the "
                    + "currency has no threshold; any other move is 409 `illegal-transition` with `from`, `to`, `allowed`.")
    @APIResponse(responseCode = "200", description = "The contract, with its new ETag.",
            content = @Content(schema = @Schema(implementation = ContractResponse.class)))
    public Response transition(@Parameter(description = "The contract's id.") @PathParam("id") UUID id,
                               @Parameter(description = IF_MATCH, required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                               @Valid @NotNull ContractTransitionRequest request) {
        return ok(transitions.move(id, EntityVersions.expected(ifMatch), request.to().status(), request.comment()));
    }

    @POST
    @Path("{id}/revisions")
    @RolesAllowed(RoleSets.FINANCE_WRITERS)
    @Transactional
    @Operation(operationId = "createContractRevision", summary = "Create the next revision of a rejected contract",
            description = "Executives, finance and admins on the account resubmit a rejected deal as a new draft "
                    + "contract (new id) with the same terms, `revision` n + 1, `previousRevisionId` the rejected one, a "
                    + "fresh checklist and no approvals. 409 `not-rejected` for any other status, 409 `already-revised` "
                    + "(with `revisionId`) the second time. Publishes nothing.")
    @APIResponse(responseCode = "201", description = "The new draft, with Location and ETag.",
            content = @Content(schema = @Schema(implementation = ContractResponse.class)))
    public Response revise(@Parameter(description = "The rejected contract's id.") @PathParam("id") UUID id) {
        ContractResponse next = ContractResponse.from(terms.revise(id));
        return Response.created(URI.create("/api/contracts/" + next.id())).tag(EntityVersions.tag(next.version()))
                .entity(next).build();
    }

    static Response ok(ContractView view) {
        return EntityVersions.ok(ContractResponse.from(view));
    }
}
