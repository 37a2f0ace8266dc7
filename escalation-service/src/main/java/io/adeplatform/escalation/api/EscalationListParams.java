package io.adeplatform.escalation.api;

import io.adeplatform.escalation.domain.EscalationCriteria;
import io.adeplatform.escalation.domain.EscalationStatus;
import io.adeplatform.escalation.domain.Level;
import io.adeplatform.escalation.domain.Severity;
import io.adeplatform.platform.http.QueryParams;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.util.List;
import java.util.Locale;

/** The filters of GET /api/escalations, read as text so a malformed one is a 400 naming it. */
public class EscalationListParams {

    @Parameter(description = "only this customer's escalations (an empty page for a customer the caller may not see)")
    @QueryParam("customerId")
    String customerId;

    @Parameter(description = "only escalations on this engagement (an empty page for one the caller may not see)")
    @QueryParam("engagementId")
    String engagementId;

    @Parameter(description = "one or more statuses, repeated or comma-separated (open,acknowledged,...): any of them")
    @QueryParam("status")
    List<String> status;

    @Parameter(description = "critical, high, medium or low")
    @QueryParam("severity")
    String severity;

    @Parameter(description = "L1, L2 or L3")
    @QueryParam("level")
    String level;

    @Parameter(description = "the accountable owner's username")
    @QueryParam("owner")
    String owner;

    @Parameter(description = "true: any SLA target breached; false: none")
    @QueryParam("breached")
    String breached;

    EscalationCriteria criteria() {
        return new EscalationCriteria(QueryParams.uuid("customerId", customerId),
                QueryParams.uuid("engagementId", engagementId),
                QueryParams.enumValues(EscalationStatus.class, "status", status),
                QueryParams.enumValue(Severity.class, "severity", severity), level(level), owner,
                QueryParams.bool("breached", breached));
    }

    /** Levels are written "L1" (see {@link Level}); a lower-case "l1" is accepted too. */
    static Level level(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Level.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw QueryParams.invalid("level", "must be one of: L1, L2, L3");
        }
    }
}
