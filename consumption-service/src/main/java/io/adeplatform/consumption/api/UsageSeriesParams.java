package io.adeplatform.consumption.api;

import io.adeplatform.consumption.domain.GroupBy;
import io.adeplatform.platform.http.QueryParams;
import jakarta.ws.rs.QueryParam;

import java.time.LocalDate;
import java.util.UUID;

/** {@code GET /api/consumption/usage?customerId=&from=&to=&groupBy=}: a malformed parameter is a 400 naming it. */
public class UsageSeriesParams {

    @QueryParam("customerId")
    public String customerId;

    @QueryParam("from")
    public String from;

    @QueryParam("to")
    public String to;

    /** day (default), month, service or subscription. */
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
