package io.adeplatform.relationship.api;

import io.adeplatform.platform.core.Money;

import java.util.List;
import java.util.UUID;

/** The account plan of a customer; openPipeline sums the open opportunities' estimated value per currency. */
public record AccountPlanResponse(UUID customerId, List<ObjectiveResponse> objectives,
                                  List<InitiativeResponse> initiatives, List<OpportunityResponse> opportunities,
                                  List<Money> openPipeline) {
}
