package io.adeplatform.relationship.api;

import io.adeplatform.platform.core.Money;
import io.adeplatform.platform.http.Versioned;
import io.adeplatform.relationship.domain.OpportunityStage;
import io.adeplatform.relationship.domain.PlanOpportunity;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

public record OpportunityResponse(UUID id, UUID customerId, String name, String description, @Schema(description = "identified, qualified, proposed, won or lost; moved through transitions")
                                  OpportunityStage stage,
                                  Money estimatedValue, LocalDate expectedCloseDate,
                                  @Schema(description = "0 to 100 %; absent while not estimated", example = "60")
                                  Integer probability,
                                  @Schema(description = "The month it is expected to close, yyyy-MM", example = "2027-03")
                                  String expectedCloseMonth,
                                  @Schema(description = "The draft contract billing-service made from the opportunity "
                                          + "once won (billing's GET /api/contracts/{id}); absent until then")
                                  UUID contractId,
                                  @Schema(description = "The version, sent back as ETag; an update or transition names it in If-Match") long version)
        implements Versioned {

    public static OpportunityResponse from(PlanOpportunity o) {
        return new OpportunityResponse(o.id, o.customerId, o.name, o.description, o.stage,
                o.estimatedValue(),
                o.expectedCloseDate, o.probability, o.expectedCloseMonth, o.contractId, o.version);
    }
}
