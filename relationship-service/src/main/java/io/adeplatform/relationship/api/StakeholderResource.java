package io.adeplatform.relationship.api;

import io.adeplatform.platform.http.EntityVersions;
import io.adeplatform.platform.http.Page;
import io.adeplatform.platform.http.PageRequest;
import io.adeplatform.platform.security.RoleSets;
import io.adeplatform.relationship.domain.Stakeholder;
import io.adeplatform.relationship.service.InteractionService;
import io.adeplatform.relationship.service.StakeholderService;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
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
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

import static io.adeplatform.platform.http.ApiParameters.IF_MATCH;
import static io.adeplatform.relationship.api.DocumentedParams.WRITERS;

/** One stakeholder, and the interactions they took part in. */
@Path("/api/stakeholders")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = StakeholderResource.TAG, description = StakeholderResource.TAG_DESCRIPTION)
public class StakeholderResource {

    static final String TAG = "Stakeholders";
    static final String TAG_DESCRIPTION = "The people at a customer (CIO, CTO, IT directors, line-of-business leaders, "
            + "…) with their influence, stance and reports-to line, and the org chart they make";
    private static final String STAKEHOLDER_ID = "The stakeholder's id; 404 when it does not exist or the caller is "
            + "not on its customer's account team";

    @Inject
    StakeholderService service;

    @Inject
    InteractionService interactions;

    @GET
    @Path("{id}")
    @Operation(operationId = "getStakeholder", summary = "Read a stakeholder",
            description = "Any role on the customer's account team (or admin). Answers with the stakeholder and its ETag.")
    @APIResponse(responseCode = "200", description = "The stakeholder",
            content = @Content(schema = @Schema(implementation = StakeholderResponse.class)))
    public Response get(@Parameter(description = STAKEHOLDER_ID) @PathParam("id") UUID id) {
        return ok(service.get(id));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(RoleSets.DELIVERY_WRITERS)
    @Operation(operationId = "updateStakeholder", summary = "Replace a stakeholder's fields",
            description = WRITERS + " A full replacement (deactivate with active: false; stakeholders are not "
                    + "deleted). A reports-to line that would close a loop is a 409 reporting-cycle. The customer's "
                    + "relationship health is recomputed.")
    @APIResponse(responseCode = "200", description = "The changed stakeholder with its new ETag",
            content = @Content(schema = @Schema(implementation = StakeholderResponse.class)))
    public Response update(@Parameter(description = STAKEHOLDER_ID) @PathParam("id") UUID id,
                           @Parameter(description = IF_MATCH, required = true)
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull StakeholderRequest request) {
        return ok(service.update(id, EntityVersions.expected(ifMatch), request.details()));
    }

    @GET
    @Path("{id}/interactions")
    @Tag(name = CustomerInteractionResource.TAG, description = CustomerInteractionResource.TAG_DESCRIPTION)
    @Operation(operationId = "listStakeholderInteractions", summary = "List the interactions a stakeholder took part in",
            description = "Any role on the customer's account team (or admin). Newest first, paginated.")
    public Page<InteractionResponse> interactions(@Parameter(description = STAKEHOLDER_ID) @PathParam("id") UUID id,
                                                  @Valid @BeanParam PageRequest page) {
        return interactions.ofStakeholder(id, page).map(InteractionResponse::from);
    }

    private static Response ok(Stakeholder stakeholder) {
        return EntityVersions.ok(StakeholderResponse.from(stakeholder));
    }

    /** 201 for a stakeholder added below its customer: it lives on here, at /api/stakeholders/{id}. */
    static Response created(UriInfo uri, StakeholderResponse stakeholder) {
        return Response.created(uri.getBaseUriBuilder().path(StakeholderResource.class)
                .path(stakeholder.id().toString()).build())
                .tag(EntityVersions.tag(stakeholder.version())).entity(stakeholder).build();
    }
}
