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

import java.io.InputStream;

@Path("/api/consumption/usage")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
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
    public IngestionSummary upload(InputStream body) {
        return ingestion.ingestCsv(body, user.username());
    }

    @GET
    public UsageSeriesView series(@BeanParam UsageSeriesParams params) {
        return series.series(params.customer(), params.fromDate(), params.toDate(), params.grouping());
    }
}
