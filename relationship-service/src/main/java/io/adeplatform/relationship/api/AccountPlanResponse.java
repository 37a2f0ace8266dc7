package io.adeplatform.relationship.api;

import io.adeplatform.platform.core.Money;
import io.adeplatform.relationship.domain.AccountPlan;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/** The account plan of a customer; openPipeline sums the open opportunities' estimated value per currency. */
public record AccountPlanResponse(UUID customerId, List<ObjectiveResponse> objectives,
                                  List<InitiativeResponse> initiatives, List<OpportunityResponse> opportunities,
                                  @Schema(description = "The estimated value of the open opportunities, one sum per currency")
                                  List<Money> openPipeline) {

    public static AccountPlanResponse from(AccountPlan plan) {
        return new AccountPlanResponse(plan.customerId(),
                plan.objectives().stream().map(ObjectiveResponse::from).toList(),
                plan.initiatives().stream().map(InitiativeResponse::from).toList(),
                plan.opportunities().stream().map(OpportunityResponse::from).toList(),
                plan.openPipeline());
    }
}
