package io.adeplatform.relationship.api;

import io.adeplatform.platform.http.Page;
import io.adeplatform.platform.http.PageRequest;
import io.adeplatform.platform.http.QueryParams;
import io.adeplatform.platform.security.RoleSets;
import io.adeplatform.relationship.service.SatisfactionService;
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

import static io.adeplatform.platform.http.ApiParameters.CUSTOMER_ID;
import static io.adeplatform.platform.http.ApiParameters.IDEMPOTENCY_KEY;
import static io.adeplatform.relationship.api.DocumentedParams.WRITERS;

/** A customer's satisfaction survey answers: a record of what stakeholders said, never edited. */
@Path("/api/customers/{customerId}/satisfaction-surveys")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = SatisfactionSurveyResource.TAG, description = SatisfactionSurveyResource.TAG_DESCRIPTION)
public class SatisfactionSurveyResource extends WritingResource {

    static final String TAG = "Customer satisfaction";
    static final String TAG_DESCRIPTION = "Survey answers of a customer's stakeholders (CSAT 1–5, NPS 0–10, verbatim), "
            + "per customer and per engagement, their monthly trend, and the follow-up actions detractor answers open";

    @Inject
    SatisfactionService service;

    @POST
    @RolesAllowed(RoleSets.DELIVERY_WRITERS)
    @Operation(operationId = "recordSatisfactionSurvey", summary = "Record a stakeholder's satisfaction survey answer",
            description = WRITERS + " CSAT 1–5 and NPS 0–10 (400 otherwise); the stakeholder is the customer's (422 "
                    + "unknown-stakeholder); the answer was given today or earlier (422 survey-in-future). A detractor "
                    + "answer (NPS 0–6 or CSAT 1–2) opens one follow-up action. Publishes survey-recorded (and "
                    + "detractor-follow-up-created) and recomputes the customer's relationship health. Answers 201 "
                    + "with Location.")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = SatisfactionSurveyResponse.class)))
    public Response create(@Parameter(description = CUSTOMER_ID) @PathParam("customerId") UUID customerId,
                           @Valid @NotNull SatisfactionSurveyRequest request,
                           @Parameter(description = IDEMPOTENCY_KEY) @HeaderParam("Idempotency-Key") String key,
                           @Context UriInfo uri) {
        return idempotent.create(key, request, () -> {
            SatisfactionSurveyResponse survey = SatisfactionSurveyResponse.from(
                    service.record(customerId, request.answer(), user.username()));
            return Response.created(uri.getAbsolutePathBuilder().path(survey.id().toString()).build())
                    .entity(survey).build();
        });
    }

    @GET
    @Operation(operationId = "listSatisfactionSurveys", summary = "List a customer's satisfaction survey answers",
            description = "Any role on the customer's account team (or admin). Newest answer first, paginated.")
    public Page<SatisfactionSurveyResponse> list(@Parameter(description = CUSTOMER_ID)
                                                 @PathParam("customerId") UUID customerId,
                                                 @Parameter(description = "Only answers about this engagement")
                                                 @QueryParam("engagementId") String engagementId,
                                                 @Parameter(description = "Only answers of this stakeholder")
                                                 @QueryParam("stakeholderId") String stakeholderId,
                                                 @Parameter(description = "Only answered on or after this date (ISO, inclusive)")
                                                 @QueryParam("from") String from,
                                                 @Parameter(description = "Only answered on or before this date (ISO, inclusive)")
                                                 @QueryParam("to") String to,
                                                 @Valid @BeanParam PageRequest page) {
        return service.list(customerId, QueryParams.uuid("engagementId", engagementId),
                QueryParams.uuid("stakeholderId", stakeholderId), QueryParams.date("from", from),
                QueryParams.date("to", to), page).map(SatisfactionSurveyResponse::from);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getSatisfactionSurvey", summary = "Read a satisfaction survey answer",
            description = "Any role on the customer's account team (or admin); 404 when it is not this customer's.")
    public SatisfactionSurveyResponse get(@Parameter(description = CUSTOMER_ID) @PathParam("customerId") UUID customerId,
                                          @Parameter(description = "The answer's id; 404 when it is not this customer's")
                                          @PathParam("id") UUID id) {
        return SatisfactionSurveyResponse.from(service.get(customerId, id));
    }
}
