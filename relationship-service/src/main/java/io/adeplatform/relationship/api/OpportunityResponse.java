package io.adeplatform.relationship.api;

import io.adeplatform.platform.core.Money;
import io.adeplatform.platform.http.Versioned;
import io.adeplatform.relationship.domain.OpportunityStage;
import io.adeplatform.relationship.domain.PlanOpportunity;

import java.time.LocalDate;
import java.util.UUID;

public record OpportunityResponse(UUID id, UUID customerId, String name, String description, OpportunityStage stage,
                                  Money estimatedValue, LocalDate expectedCloseDate, long version)
        implements Versioned {

    public static OpportunityResponse from(PlanOpportunity o) {
        return new OpportunityResponse(o.id, o.customerId, o.name, o.description, o.stage,
                o.estimatedValue(),
                o.expectedCloseDate, o.version);
    }
}
