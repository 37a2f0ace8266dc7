package io.adeplatform.portfolio.api;

import io.adeplatform.portfolio.service.PortfolioPlanView;

import java.util.List;
import java.util.UUID;

public record PortfolioPlanResponse(UUID customerId, List<Horizon> horizons) {

    public record Horizon(String horizon, String meaning, List<EngagementResponse> engagements) {
    }

    public static PortfolioPlanResponse from(PortfolioPlanView plan) {
        return new PortfolioPlanResponse(plan.customerId(), plan.horizons().stream()
                .map(h -> new Horizon(h.horizon(), h.meaning(),
                        h.engagements().stream().map(EngagementResponse::from).toList()))
                .toList());
    }
}
