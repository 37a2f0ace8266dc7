package io.adeplatform.portfolio.api.staffing;

import io.adeplatform.platform.http.QueryParams;
import io.adeplatform.portfolio.api.staffing.ResourceRequestResource.StaffingDocs;
import io.adeplatform.portfolio.service.staffing.UtilisationService;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;

/** Utilisation per person and per role over a period, across the engagements the caller sees. */
@Path("/api/portfolio/utilisation")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = StaffingDocs.TAG)
public class UtilisationResource {

    @Inject
    UtilisationService utilisation;

    @GET
    @Operation(operationId = "getUtilisation", summary = "Utilisation per person and per role",
            description = "Any authenticated user; it counts only the engagements of customers whose account team "
                    + "the caller is on (every engagement for an admin). Over [from, to] (both required, at most 732 "
                    + "days, else 400): per person the FTE-days assigned against the period's days at 100 %; per role "
                    + "the FTE-days assigned against the FTE-days its requests (not cancelled) asked for.")
    public UtilisationResponse get(
            @Parameter(description = "First day of the period", required = true,
                    schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("from") String from,
            @Parameter(description = "Last day of the period", required = true,
                    schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("to") String to,
            @Parameter(description = "Only this customer's engagements; one the caller may not see gives an empty view",
                    schema = @Schema(type = SchemaType.STRING, format = "uuid")) @QueryParam("customerId")
            String customerId) {
        return UtilisationResponse.from(utilisation.over(required("from", from), required("to", to),
                QueryParams.uuid("customerId", customerId)));
    }

    private static LocalDate required(String name, String value) {
        LocalDate date = QueryParams.date(name, value);
        if (date == null) {
            throw QueryParams.invalid(name, "is required (an ISO date such as 2027-01-31)");
        }
        return date;
    }
}
