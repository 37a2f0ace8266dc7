package io.adeplatform.relationship.api.cadence;

import io.adeplatform.platform.http.QueryParams;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.time.LocalDate;

/** The window of the cadence to-do list: from (default today) to (default from + 6 days), ISO dates. */
public class CadenceDueParams {

    static final int DEFAULT_DAYS = 6;

    @QueryParam("from")
    @Parameter(description = "The first day of the window, yyyy-MM-dd (default today, UTC); items due before it are "
            + "listed too (overdue items always show)", example = "2026-12-07")
    String from;

    @QueryParam("to")
    @Parameter(description = "The last day of the window, yyyy-MM-dd, not before from (default from + 6 days): items "
            + "due on or before it are listed", example = "2026-12-13")
    String to;

    /** The last day of the window; a malformed date or a {@code to} before {@code from} is a 400 naming it. */
    LocalDate to(LocalDate today) {
        LocalDate first = from == null ? today : QueryParams.date("from", from);
        LocalDate last = to == null ? first.plusDays(DEFAULT_DAYS) : QueryParams.date("to", to);
        if (last.isBefore(first)) {
            throw QueryParams.invalid("to", "must not be before from (" + first + ")");
        }
        return last;
    }
}
