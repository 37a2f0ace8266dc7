package io.adeplatform.relationship.api.statuspack;

import io.adeplatform.platform.http.QueryParams;
import io.adeplatform.relationship.domain.CadenceKind;
import io.adeplatform.relationship.domain.statuspack.PackOrigin;
import io.adeplatform.relationship.domain.PackTrigger;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * What a stored status pack is of and why it was rendered, as query parameters (the body is the PDF itself).
 * Malformed values are 400s naming the parameter; so are cadence fields missing for, or given without, a cadence pack.
 */
public class StatusPackParams {

    @QueryParam("asOf")
    @Parameter(description = "Required: the date the pack reports as of (ISO, e.g. 2026-12-01)", required = true)
    String asOf;

    @QueryParam("engagementId")
    @Parameter(description = "The engagement the pack is of (an engagement of this customer, else 422 "
            + "unknown-engagement); left out for the customer's pack")
    String engagementId;

    @QueryParam("trigger")
    @Parameter(description = "on-demand (default: someone asked for it) or cadence (a due cadence item)")
    String trigger;

    @QueryParam("cadenceKind")
    @Parameter(description = "For trigger=cadence (required then, refused otherwise): qbr, executive-briefing or "
            + "steering-committee")
    String cadenceKind;

    @QueryParam("cadenceDue")
    @Parameter(description = "For trigger=cadence (required then, refused otherwise): the due item's due date (ISO)")
    String cadenceDue;

    @QueryParam("requestedBy")
    @Parameter(description = "The user the pack was rendered for (at most 200 characters); the storing identity "
            + "when left out")
    String requestedBy;

    PackOrigin origin() {
        return new PackOrigin(QueryParams.date("asOf", asOf), QueryParams.uuid("engagementId", engagementId),
                QueryParams.enumValue(PackTrigger.class, "trigger", trigger),
                QueryParams.enumValue(CadenceKind.class, "cadenceKind", cadenceKind),
                QueryParams.date("cadenceDue", cadenceDue), requestedBy);
    }
}
