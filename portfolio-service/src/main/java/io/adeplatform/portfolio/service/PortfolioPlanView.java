package io.adeplatform.portfolio.service;

import java.util.List;
import java.util.UUID;

/** The multi-horizon plan: H1 now, H2 next, H3 later. */
public record PortfolioPlanView(UUID customerId, List<Horizon> horizons) {

    public record Horizon(String horizon, String meaning, List<EngagementView> engagements) {
    }
}
