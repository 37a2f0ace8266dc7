package io.adeplatform.relationship.api;

import io.adeplatform.platform.core.Money;
import io.adeplatform.relationship.domain.AccountPlan;

import java.util.List;
import java.util.UUID;

/** The account plan of a customer; openPipeline sums the open opportunities' estimated value per currency. */
public record AccountPlanResponse(UUID customerId, List<ObjectiveResponse> objectives,
                                  List<InitiativeResponse> initiatives, List<OpportunityResponse> opportunities,
                                  List<Money> openPipeline) {

    public static AccountPlanResponse from(AccountPlan plan) {
        return new AccountPlanResponse(plan.customerId(),
                plan.objectives().stream().map(ObjectiveResponse::from).toList(),
                plan.initiatives().stream().map(InitiativeResponse::from).toList(),
                plan.opportunities().stream().map(OpportunityResponse::from).toList(),
                plan.openPipeline());
    }
}
