package io.adeplatform.portfolio.api;

import io.adeplatform.portfolio.service.PortfolioPlanView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/** The engagements the caller sees (or one customer's) by horizon; closed ones are left out. */
public record PortfolioPlanResponse(
        @Schema(description = "The customer asked for; null for the whole portfolio") UUID customerId,
        @Schema(description = "H1, H2 and H3, in that order") List<Horizon> horizons) {

    public record Horizon(@Schema(example = "H1") String horizon,
                          @Schema(example = "now: delivery planning and delivery") String meaning,
                          List<EngagementResponse> engagements) {
    }

    public static PortfolioPlanResponse from(PortfolioPlanView plan) {
        return new PortfolioPlanResponse(plan.customerId(), plan.horizons().stream()
                .map(h -> new Horizon(h.horizon(), h.meaning(),
                        h.engagements().stream().map(EngagementResponse::from).toList()))
                .toList());
    }
}
