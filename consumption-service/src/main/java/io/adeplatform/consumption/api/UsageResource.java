package io.adeplatform.consumption.api;

import io.adeplatform.consumption.service.IngestionSummary;
import io.adeplatform.consumption.service.UsageIngestion;
import io.adeplatform.consumption.service.UsageSeriesService;
import io.adeplatform.consumption.service.UsageSeriesView;
import io.adeplatform.platform.security.CurrentUser;
import io.adeplatform.platform.security.RoleSets;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.InputStream;

@Path("/api/consumption/usage")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Consumption usage", description = "Cloud cost exports loaded as usage facts, and a customer's cost "
        + "over time from the daily rollup")
public class UsageResource {

    @Inject
    UsageIngestion ingestion;

    @Inject
    UsageSeriesService series;

    @Inject
    CurrentUser user;

    /**
     * Loads a cost-export CSV, streamed. Rows for subscriptions the caller cannot see count as unknown. Re-uploading
     * adds nothing: rows already stored are counted as duplicates.
     */
    @POST
    @Blocking
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @RolesAllowed(RoleSets.ACCOUNT_WRITERS)
    @Operation(operationId = "uploadUsage", summary = "Load a cloud cost export",
            description = "Writers (executive, delivery-manager, finance) or an admin; rows load only for customers "
                    + "where the caller writes, others count as unknown subscriptions. The header names the format "
                    + "(FOCUS 1.0-1.2, Azure cost details, or the service's own columns). Streamed, one transaction: "
                    + "re-uploaded rows count as duplicates, restated rows replace the stored ones (updated), bad rows "
                    + "are rejected with their line while good rows are stored. A file that is not a readable cost "
                    + "export (no known header, not UTF-8, a row over the length limit, an unclosed quote, a control "
                    + "character, an impossible number or date) is 400 naming the line, nothing stored; 422 "
                    + "usage-total-out-of-range. Publishes io.adeplatform.consumption.usage.ingested.v1 (and "
                    + "anomaly-detected / commitment at-risk events the load causes).")
    @RequestBody(description = "The export as CSV (RFC 4180, UTF-8, header row first)", required = true,
            content = {@Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "200", description = "What the load stored and rejected",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IngestionSummary.class)))
    public IngestionSummary upload(InputStream body) {
        return ingestion.ingestCsv(body, user.username());
    }

    @GET
    @Operation(operationId = "getUsageSeries", summary = "Read a customer's cost over a date range",
            description = "Any platform user. The customer's cost from the daily rollup, one item per key (day, month, "
                    + "service or subscription) and currency, in key order. A customer the caller cannot see, or that "
                    + "does not exist, gives no items (as a filtered list does). Changes nothing.")
    public UsageSeriesView series(@BeanParam UsageSeriesParams params) {
        return series.series(params.customer(), params.fromDate(), params.toDate(), params.grouping());
    }
}
