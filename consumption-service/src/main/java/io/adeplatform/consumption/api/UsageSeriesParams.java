package io.adeplatform.consumption.api;

import io.adeplatform.consumption.domain.GroupBy;
import io.adeplatform.platform.http.QueryParams;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.time.LocalDate;
import java.util.UUID;

/** {@code GET /api/consumption/usage?customerId=&from=&to=&groupBy=}: a malformed parameter is a 400 naming it. */
public class UsageSeriesParams {

    @Parameter(description = "The customer (required, a UUID); one the caller cannot see, or that does not exist, gives "
            + "no items", required = true)
    @QueryParam("customerId")
    public String customerId;

    @Parameter(description = "First day (yyyy-MM-dd); default: 29 days before 'to'", example = "2026-11-01")
    @QueryParam("from")
    public String from;

    @Parameter(description = "Last day (yyyy-MM-dd), at most 3660 days after 'from'; default: today (UTC)",
            example = "2026-11-30")
    @QueryParam("to")
    public String to;

    /** day (default), month, service or subscription. */
    @Parameter(description = "How the cost is grouped: day (default), month, service or subscription", example = "day")
    @QueryParam("groupBy")
    public String groupBy;

    public UUID customer() {
        UUID customer = QueryParams.uuid("customerId", customerId);
        if (customer == null) {
            throw QueryParams.invalid("customerId", "required, a UUID");
        }
        return customer;
    }

    public LocalDate fromDate() {
        return QueryParams.date("from", from);
    }

    public LocalDate toDate() {
        return QueryParams.date("to", to);
    }

    public GroupBy grouping() {
        GroupBy grouping = QueryParams.enumValue(GroupBy.class, "groupBy", groupBy);
        return grouping == null ? GroupBy.DAY : grouping;
    }
}
