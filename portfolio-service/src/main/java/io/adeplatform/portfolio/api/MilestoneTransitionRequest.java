package io.adeplatform.portfolio.api;

import io.adeplatform.portfolio.domain.MilestoneStatus;
import jakarta.validation.constraints.NotNull;

public record MilestoneTransitionRequest(@NotNull MilestoneStatus to) {
}
