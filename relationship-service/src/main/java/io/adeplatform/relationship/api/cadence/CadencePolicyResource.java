package io.adeplatform.relationship.api.cadence;

import io.adeplatform.platform.http.EntityVersions;
import io.adeplatform.platform.security.CurrentUser;
import io.adeplatform.platform.security.RoleSets;
import io.adeplatform.relationship.domain.cadence.CadencePolicy;
import io.adeplatform.relationship.service.cadence.CadencePolicyService;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

import static io.adeplatform.platform.http.ApiParameters.CUSTOMER_ID;
import static io.adeplatform.platform.http.ApiParameters.IF_MATCH;
import static io.adeplatform.relationship.api.DocumentedParams.WRITERS;

/** A customer's cadence policy: how often QBRs, executive briefings and steering committees are due. */
@Path("/api/customers/{customerId}/cadence-policy")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = CadenceResource.TAG, description = CadenceResource.TAG_DESCRIPTION)
public class CadencePolicyResource {

    @Inject
    CadencePolicyService policies;

    @Inject
    CurrentUser user;

    @GET
    @Operation(operationId = "getCadencePolicy", summary = "Read a customer's cadence policy",
            description = "Any role on the customer's account team (or admin). Until a policy is set the defaults apply "
                    + "and the answer says so (defaults: true, version 0): QBR every 90 days, executive briefing every "
                    + "30, steering committee every 30 for each engagement. Answers with the policy and its ETag.")
    @APIResponse(responseCode = "200", description = "The policy that applies",
            content = @Content(schema = @Schema(implementation = CadencePolicyResponse.class)))
    public Response get(@Parameter(description = CUSTOMER_ID) @PathParam("customerId") UUID customerId) {
        return ok(policies.get(customerId));
    }

    @PUT
    @RolesAllowed(RoleSets.DELIVERY_WRITERS)
    @Operation(operationId = "replaceCadencePolicy", summary = "Replace a customer's cadence policy",
            description = WRITERS + " A full replacement of the intervals (whole days, 1–366) and the per-engagement "
                    + "steering committee overrides; If-Match is required (the defaults are version 0). An override "
                    + "naming an engagement that is not this customer's is a 422 unknown-engagement. The customer's "
                    + "relationship health is recomputed (factor executive-cadence).")
    @APIResponse(responseCode = "200", description = "The policy as set, with its new ETag",
            content = @Content(schema = @Schema(implementation = CadencePolicyResponse.class)))
    public Response replace(@Parameter(description = CUSTOMER_ID) @PathParam("customerId") UUID customerId,
                            @Parameter(description = IF_MATCH, required = true)
                            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @Valid @NotNull CadencePolicyRequest request) {
        return ok(policies.replace(customerId, EntityVersions.expected(ifMatch), request.intervals(), user.username()));
    }

    private static Response ok(CadencePolicy policy) {
        return EntityVersions.ok(CadencePolicyResponse.from(policy), policy.version);
    }
}
