package io.adeplatform.billing.api;

import io.adeplatform.billing.config.FiscalYearConfig;
import io.adeplatform.billing.service.RevenueTargetService;
import io.adeplatform.platform.http.EntityVersions;
import io.adeplatform.platform.persistence.IdempotentCreates;
import io.adeplatform.platform.security.RoleSets;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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

import static io.adeplatform.platform.http.ApiParameters.CUSTOMER_ID;
import static io.adeplatform.platform.http.ApiParameters.IDEMPOTENCY_KEY;
import static io.adeplatform.platform.http.ApiParameters.IF_MATCH;

/** A customer's revenue target per fiscal year, and the attainment against it. */
@Path("/api/billing")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = RevenueForecastResource.TAG)
public class RevenueTargetResource {

    private static final String WRITERS = "Realm roles executive, finance or admin, and a writing role on the "
            + "customer's account team (never a viewer); 404 for a customer the caller is not on the team of.";
    private static final String FISCAL_YEAR = "The fiscal year, named by the calendar year it ends in (e.g. 2027); "
            + "anything but 1900 to 2999 is a 400";

    @Inject
    RevenueTargetService targets;

    @Inject
    IdempotentCreates idempotent;

    @Inject
    FiscalYearConfig fiscal;

    @GET
    @Path("revenue-targets/{customerId}/{fiscalYear}")
    @Operation(operationId = "getRevenueTarget", summary = "Read a customer's revenue target for a fiscal year",
            description = "Any member of the customer's account team (or admin). 404 when the customer is not visible "
                    + "or the year has no target. Answers with its ETag.")
    @APIResponse(responseCode = "200", description = "The target",
            content = @Content(schema = @Schema(implementation = RevenueTargetResponse.class)))
    public Response get(@Parameter(description = CUSTOMER_ID) @PathParam("customerId") UUID customerId,
                        @Parameter(description = FISCAL_YEAR) @PathParam("fiscalYear") String fiscalYear) {
        RevenueTargetResponse body = RevenueTargetResponse.from(
                targets.target(customerId, FiscalYearParams.parse("fiscalYear", fiscalYear)), fiscal.firstMonth());
        return EntityVersions.ok(body, body.version());
    }

    @POST
    @Path("revenue-targets")
    @RolesAllowed(RoleSets.FINANCE_WRITERS)
    @Operation(operationId = "createRevenueTarget", summary = "Set a customer's first revenue target for a fiscal year",
            description = WRITERS + " 409 target-exists when the year has a target already (replace it with PUT and "
                    + "its ETag; of two first settings at once one wins, the other gets this 409). The amount must be "
                    + "above 0 in an ISO 4217 currency (422). Answers 201 with Location and ETag.")
    @APIResponse(responseCode = "201", description = "The year's target, with Location and ETag",
            content = @Content(schema = @Schema(implementation = RevenueTargetResponse.class)))
    public Response create(@Valid @NotNull CreateRevenueTargetRequest request,
                           @Parameter(description = IDEMPOTENCY_KEY) @HeaderParam("Idempotency-Key") String key,
                           @Context UriInfo uri) {
        return idempotent.create(key, request, () -> {
            RevenueTargetResponse body = RevenueTargetResponse.from(targets.create(request.customerId(),
                    request.fiscalYear(), request.target()), fiscal.firstMonth());
            URI location = uri.getAbsolutePathBuilder().path(body.customerId().toString())
                    .path(Integer.toString(body.fiscalYear())).build();
            return Response.created(location).tag(EntityVersions.tag(body.version())).entity(body).build();
        });
    }

    @PUT
    @Path("revenue-targets/{customerId}/{fiscalYear}")
    @RolesAllowed(RoleSets.FINANCE_WRITERS)
    @Operation(operationId = "replaceRevenueTarget", summary = "Replace a customer's revenue target for a fiscal year",
            description = WRITERS + " Replaces the year's target (404 when it has none: create it with POST); the "
                    + "amount must be above 0 in an ISO 4217 currency (422). Answers 200 with the new ETag.")
    @APIResponse(responseCode = "200", description = "The replaced target with its new ETag",
            content = @Content(schema = @Schema(implementation = RevenueTargetResponse.class)))
    public Response replace(@Parameter(description = CUSTOMER_ID) @PathParam("customerId") UUID customerId,
                            @Parameter(description = FISCAL_YEAR) @PathParam("fiscalYear") String fiscalYear,
                            @Parameter(description = IF_MATCH, required = true)
                            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @Valid @NotNull RevenueTargetRequest request) {
        RevenueTargetResponse body = RevenueTargetResponse.from(targets.replace(customerId,
                FiscalYearParams.parse("fiscalYear", fiscalYear), request.target(), EntityVersions.expected(ifMatch)),
                fiscal.firstMonth());
        return EntityVersions.ok(body, body.version());
    }

    @GET
    @Path("revenue-attainment/{customerId}")
    @Operation(operationId = "getRevenueAttainment", summary = "Read a customer's revenue attainment in a fiscal year",
            description = "Any member of the customer's account team (or admin); 404 for anyone else. Per currency: "
                    + "revenue recognized in the fiscal year's months and the forecast to the year's end (recognized "
                    + "plus the forecast parts from the current month on), each as a percentage of the target in the "
                    + "target's currency (other currencies are shown, never converted). The target is null when none "
                    + "is set. Reads only.")
    @APIResponse(responseCode = "200", description = "The attainment",
            content = @Content(schema = @Schema(implementation = RevenueAttainmentResponse.class)))
    public RevenueAttainmentResponse attainment(
            @Parameter(description = CUSTOMER_ID) @PathParam("customerId") UUID customerId,
            @Parameter(description = "The fiscal year (e.g. 2027); the current one when left out; anything but "
                    + "1900 to 2999 is a 400") @jakarta.ws.rs.QueryParam("fiscalYear") String fiscalYear) {
        int year = fiscalYear == null ? targets.currentFiscalYear() : FiscalYearParams.parse("fiscalYear", fiscalYear);
        return RevenueAttainmentResponse.from(targets.attainment(customerId, year));
    }
}
