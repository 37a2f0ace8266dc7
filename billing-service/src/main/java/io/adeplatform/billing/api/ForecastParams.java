package io.adeplatform.billing.api;

import io.adeplatform.platform.http.QueryParams;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.time.YearMonth;
import java.util.function.Supplier;

/** The months of a revenue forecast: the first month and how many. */
public class ForecastParams {

    static final int MAX_MONTHS = 36;

    @QueryParam("from")
    @Parameter(description = "The first month, yyyy-MM (e.g. 2027-01); the current month when left out; anything else "
            + "is a 400")
    String from;

    @QueryParam("months")
    @DefaultValue("12")
    @Parameter(description = "How many months from the first, 1 to 36 (default 12); anything else is a 400",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "36", defaultValue = "12"))
    String months;

    YearMonth from(Supplier<YearMonth> current) {
        if (from == null || from.isBlank()) {
            return current.get();
        }
        String text = from.trim();
        if (!text.matches("\\d{4}-(0[1-9]|1[0-2])") || text.compareTo("1900-01") < 0) {
            throw QueryParams.invalid("from", "must be a month as yyyy-MM, e.g. 2027-01");
        }
        return YearMonth.parse(text);
    }

    int months() {
        String text = months.trim();
        if (!text.matches("\\d{1,2}") || Integer.parseInt(text) < 1 || Integer.parseInt(text) > MAX_MONTHS) {
            throw QueryParams.invalid("months", "must be a whole number from 1 to " + MAX_MONTHS);
        }
        return Integer.parseInt(text);
    }
}
