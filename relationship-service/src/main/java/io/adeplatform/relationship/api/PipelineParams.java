package io.adeplatform.relationship.api;

import io.adeplatform.platform.http.QueryParams;
import io.adeplatform.relationship.domain.Quarter;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.util.function.Supplier;

/** The period of a pipeline: the first quarter and how many quarters. */
public class PipelineParams {

    @QueryParam("from")
    @Parameter(description = "The first quarter, yyyy-Qn (e.g. 2027-Q1); the current quarter when left out; "
            + "anything else is a 400")
    String from;

    @QueryParam("quarters")
    @DefaultValue("4")
    @Min(1) @Max(12)
    @Parameter(description = "How many quarters from the first, 1 to 12 (default 4)")
    int quarters;

    Quarter from(Supplier<Quarter> current) {
        if (from == null || from.isBlank()) {
            return current.get();
        }
        try {
            return Quarter.parse(from.trim());
        } catch (IllegalArgumentException e) {
            throw QueryParams.invalid("from", "must be a quarter as yyyy-Qn, e.g. 2027-Q1");
        }
    }

    int quarters() {
        return quarters;
    }
}
