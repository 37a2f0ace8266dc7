package io.adeplatform.consumption.api;

import io.adeplatform.platform.core.FieldError;
import io.adeplatform.consumption.persistence.UsageQueries.GroupBy;
import io.adeplatform.consumption.service.ConsumptionAnalytics;
import io.adeplatform.consumption.service.ConsumptionAnalytics.Series;
import io.adeplatform.consumption.service.SubscriptionService;
import io.adeplatform.consumption.service.UsageIngestion;
import io.adeplatform.platform.http.ProblemException;
import io.adeplatform.platform.core.WireEnums;
import io.adeplatform.platform.security.AccountAccess;
import io.adeplatform.platform.security.CurrentUser;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

@Path("/api/consumption/usage")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class UsageResource {

    @Inject
    UsageIngestion ingestion;

    @Inject
    SubscriptionService subscriptions;

    @Inject
    ConsumptionAnalytics analytics;

    @Inject
    AccountAccess access;

    @Inject
    CurrentUser user;

    /**
     * Loads a cost-export CSV, streamed. Rows for subscriptions the caller cannot see count as unknown. Re-uploading
     * adds nothing: rows already stored are counted as duplicates.
     */
    @POST
    @Blocking
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @RolesAllowed({Writers.EXECUTIVE, Writers.DELIVERY_MANAGER, Writers.FINANCE, Writers.ADMIN})
    public UsageIngestion.Result upload(InputStream body) {
        return ingestion.ingestCsv(body, subscriptions.loadable(access.visibleCustomers()), user.username());
    }

    @GET
    public Series series(@QueryParam("customerId") String customerId, @QueryParam("from") String from,
                         @QueryParam("to") String to, @QueryParam("groupBy") String groupBy) {
        GroupBy grouping = WireEnums.parse(GroupBy.class, groupBy, "groupBy");
        return analytics.series(uuid(customerId), date(from, "from"), date(to, "to"), grouping == null ? GroupBy.DAY : grouping);
    }

    private static UUID uuid(String value) {
        try {
            if (value == null) {
                throw new IllegalArgumentException();
            }
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("invalid query parameter",
                    List.of(new FieldError("customerId", "required, a UUID")));
        }
    }

    static LocalDate date(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest("invalid query parameter",
                    List.of(new FieldError(field, "must be a date such as 2026-11-27")));
        }
    }
}
