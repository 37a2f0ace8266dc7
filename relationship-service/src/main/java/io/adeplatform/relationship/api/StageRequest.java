package io.adeplatform.relationship.api;

import io.adeplatform.relationship.domain.OpportunityStage;
import jakarta.validation.constraints.NotNull;

public record StageRequest(@NotNull OpportunityStage stage) {
}
