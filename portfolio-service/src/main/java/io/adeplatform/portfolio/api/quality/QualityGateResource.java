package io.adeplatform.portfolio.api.quality;

import io.adeplatform.portfolio.api.EngagementResource.ApiDocs;
import io.adeplatform.platform.http.Page;
import io.adeplatform.platform.http.PageRequest;
import io.adeplatform.platform.persistence.IdempotentCreates;
import io.adeplatform.platform.security.CurrentUser;
import io.adeplatform.platform.security.RoleSets;
import io.adeplatform.portfolio.api.quality.QualityReviewResource.Docs;
import io.adeplatform.portfolio.service.quality.StageGates;
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

/** The stage gates of an engagement and executives' waivers of them. */
@Path("/api/engagements/{id}/quality-gates")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = Docs.TAG, description = Docs.TAG_DESCRIPTION)
public class QualityGateResource {

    private static final String GATE = "The gate's code (e.g. solution-review); an unknown one is 404";

    @Inject
    StageGates gates;

    @Inject
    IdempotentCreates idempotent;

    @Inject
    CurrentUser user;

    @Context
    UriInfo uri;

    @GET
    @Operation(operationId = "listEngagementQualityGates", summary = "List the stage gates and where they stand",
            description = Docs.READERS + "Every configured gate in lifecycle order of the stage it guards: not-reviewed, "
                    + "pending, failed, passed (a review passed) or waived, with what is still open.")
    public Page<QualityGateResponse> list(@Parameter(description = Docs.ENGAGEMENT_ID) @PathParam("id") UUID id,
                                          @Valid @BeanParam PageRequest page) {
        return gates.list(id, page).map(QualityGateResponse::from);
    }

    @GET
    @Path("{gate}")
    @Operation(operationId = "getEngagementQualityGate", summary = "Read where one stage gate stands",
            description = Docs.READERS + "The gate's status, its review and what is still open.")
    @APIResponse(responseCode = "200", description = "The gate's standing",
            content = @Content(schema = @Schema(implementation = QualityGateResponse.class)))
    public QualityGateResponse get(@Parameter(description = Docs.ENGAGEMENT_ID) @PathParam("id") UUID id,
                                   @Parameter(description = GATE) @PathParam("gate") String gate) {
        return QualityGateResponse.from(gates.get(id, gate));
    }

    @POST
    @Path("{gate}/waiver")
    @RolesAllowed(RoleSets.EXECUTIVES)
    @Operation(operationId = "createQualityGateWaiver", summary = "Waive a stage gate (executives)",
            description = "Realm roles executive or admin only (a delivery manager gets 403), and a writing role on the "
                    + "customer's account team. Lets the engagement move into the gate's stage without a passed review; "
                    + "who, when and why are kept. 409 gate-let-through when it is passed or waived already. Publishes "
                    + "engagement.quality-gate-waived.")
    @APIResponse(responseCode = "201", description = "Waived; Location names the gate",
            content = @Content(schema = @Schema(implementation = QualityGateResponse.class)))
    public Response waive(@Parameter(description = Docs.ENGAGEMENT_ID) @PathParam("id") UUID id,
                          @Parameter(description = GATE) @PathParam("gate") String gate,
                          @Valid @NotNull GateWaiverRequest request,
                          @Parameter(description = ApiDocs.IDEMPOTENCY_KEY) @HeaderParam("Idempotency-Key")
                          String idempotencyKey) {
        return idempotent.create(idempotencyKey, request, () -> {
            QualityGateResponse body = QualityGateResponse.from(gates.waive(id, gate, request.reason(), user.username()));
            return Response.created(uri.getBaseUriBuilder().path(QualityGateResource.class).path(gate).build(id))
                    .entity(body).build();
        });
    }
}
