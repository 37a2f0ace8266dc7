package io.adeplatform.billing.api;

import io.adeplatform.billing.domain.ComplianceItemType;
import io.adeplatform.billing.service.ComplianceService;
import io.adeplatform.billing.service.RevenueRecognitionService;
import io.adeplatform.platform.core.InvalidInput;
import io.adeplatform.platform.core.NotFound;
import io.adeplatform.platform.core.WireEnums;
import io.adeplatform.platform.http.EntityVersions;
import io.adeplatform.platform.security.RoleSets;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** What a contract goes through besides its moves: the compliance checklist, fixed-fee progress, recognized revenue. */
@Path("/api/contracts/{id}")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Contracts")
public class ContractDeliveryResource {

    @Inject
    ComplianceService compliance;

    @Inject
    RevenueRecognitionService revenue;

    @POST
    @Path("compliance/{item}")
    @RolesAllowed(RoleSets.FINANCE_WRITERS)
    @Transactional
    @Operation(operationId = "completeContractComplianceItem", summary = "Complete a compliance checklist item",
            description = "Executives, finance and admins on the account mark one item of the contract's checklist "
                    + "done while it is draft, pending approval or approved (409 `checklist-closed` afterwards); an "
                    + "item the checklist does not have is a 404. An update of the contract: If-Match required. "
                    + "Publishes nothing.")
    @APIResponse(responseCode = "200", description = "The contract, with its new ETag.",
            content = @Content(schema = @Schema(implementation = ContractResponse.class)))
    public Response completeCompliance(
            @Parameter(description = "The contract's id.") @PathParam("id") UUID id,
            @Parameter(description = "The checklist item: `legal-review`, `security-review`, `data-protection` or "
                    + "`public-procurement` (public-sector customers).") @PathParam("item") String item,
            @Parameter(description = ContractResource.IF_MATCH, required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @RequestBody(required = false) @Valid ComplianceCompletionRequest request) {
        return ContractResource.ok(compliance.complete(id, EntityVersions.expected(ifMatch), complianceItem(item),
                request == null ? null : request.note()));
    }

    @PUT
    @Path("lines/{lineId}/progress")
    @RolesAllowed(RoleSets.ACCOUNT_WRITERS)
    @Transactional
    @Operation(operationId = "updateContractLineProgress", summary = "Report a fixed-fee line's percent complete",
            description = "Executives, finance, delivery managers and admins on the account report how far a fixed-fee "
                    + "line of a signed or active contract is (409 `not-in-delivery` otherwise, 422 `not-fixed-fee` "
                    + "for another billing method): the basis of its recognized revenue. An update of the contract: "
                    + "If-Match required. Publishes nothing.")
    @APIResponse(responseCode = "200", description = "The contract, with its new ETag.",
            content = @Content(schema = @Schema(implementation = ContractResponse.class)))
    public Response progress(@Parameter(description = "The contract's id.") @PathParam("id") UUID id,
                             @Parameter(description = "The fixed-fee line's id.") @PathParam("lineId") UUID lineId,
                             @Parameter(description = ContractResource.IF_MATCH, required = true)
                             @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                             @Valid @NotNull ProgressRequest request) {
        return ContractResource.ok(revenue.progress(id, EntityVersions.expected(ifMatch), lineId, request.percentComplete()));
    }

    @GET
    @Path("revenue")
    @Operation(operationId = "getContractRevenue", summary = "Read a contract's recognized revenue",
            description = "Any member reads the revenue recognized per line (approved time, fixed-fee progress, "
                    + "accepted milestones) against what was billed (gross), with credit notes apart.")
    public RevenueResponse revenue(@Parameter(description = "The contract's id.") @PathParam("id") UUID id) {
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
}
