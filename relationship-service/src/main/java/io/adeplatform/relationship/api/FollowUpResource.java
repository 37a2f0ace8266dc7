package io.adeplatform.relationship.api;

import io.adeplatform.platform.http.EntityVersions;
import io.adeplatform.platform.http.Page;
import io.adeplatform.platform.http.PageRequest;
import io.adeplatform.platform.http.QueryParams;
import io.adeplatform.platform.security.RoleSets;
import io.adeplatform.relationship.domain.FollowUpStatus;
import io.adeplatform.relationship.service.FollowUpService;
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

/** The follow-up actions detractor answers opened, and their closing. */
@Path("/api/customers/{customerId}/satisfaction-follow-ups")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = SatisfactionSurveyResource.TAG, description = SatisfactionSurveyResource.TAG_DESCRIPTION)
public class FollowUpResource extends WritingResource {

    private static final String FOLLOW_UP_ID = "The follow-up's id; 404 when it is not this customer's";

    @Inject
    FollowUpService service;

    @GET
    @Operation(operationId = "listSatisfactionFollowUps", summary = "List a customer's detractor follow-up actions",
            description = "Any role on the customer's account team (or admin). Soonest due first, paginated.")
    public Page<FollowUpResponse> list(@Parameter(description = CUSTOMER_ID) @PathParam("customerId") UUID customerId,
                                       @Parameter(description = "Only this status, e.g. open")
                                       @QueryParam("status") String status,
                                       @Parameter(description = "Only those this user owns")
                                       @QueryParam("owner") String owner,
                                       @Valid @BeanParam PageRequest page) {
        return service.list(customerId, QueryParams.enumValue(FollowUpStatus.class, "status", status), owner, page)
                .map(FollowUpResponse::from);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getSatisfactionFollowUp", summary = "Read a detractor follow-up action",
            description = "Any role on the customer's account team (or admin). Answers with the follow-up and its ETag.")
    @APIResponse(responseCode = "200", description = "The follow-up",
            content = @Content(schema = @Schema(implementation = FollowUpResponse.class)))
    public Response get(@Parameter(description = CUSTOMER_ID) @PathParam("customerId") UUID customerId,
                        @Parameter(description = FOLLOW_UP_ID) @PathParam("id") UUID id) {
        return EntityVersions.ok(FollowUpResponse.from(service.get(customerId, id)));
    }

    @POST
    @Path("{id}/transitions")
    @RolesAllowed(RoleSets.DELIVERY_WRITERS)
    @Operation(operationId = "transitionSatisfactionFollowUp", summary = "Move a detractor follow-up's status",
            description = WRITERS + " open → in-progress → done; open or in-progress → cancelled; done and cancelled "
                    + "are final (who closed it and when are kept). Any other move is a 409 illegal-transition naming "
                    + "from, to and the allowed targets.")
    @APIResponse(responseCode = "200", description = "The follow-up in its new status, with its new ETag",
            content = @Content(schema = @Schema(implementation = FollowUpResponse.class)))
    public Response transition(@Parameter(description = CUSTOMER_ID) @PathParam("customerId") UUID customerId,
                               @Parameter(description = FOLLOW_UP_ID) @PathParam("id") UUID id,
                               @Parameter(description = IF_MATCH, required = true)
                               @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                               @Valid @NotNull FollowUpTransitionRequest request) {
        return EntityVersions.ok(FollowUpResponse.from(service.transition(customerId, id,
                EntityVersions.expected(ifMatch), request.to(), request.note(), user.username())));
    }
}
