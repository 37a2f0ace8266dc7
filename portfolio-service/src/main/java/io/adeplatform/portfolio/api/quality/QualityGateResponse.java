package io.adeplatform.portfolio.api.quality;

import io.adeplatform.portfolio.domain.GateStatus;
import io.adeplatform.portfolio.domain.Stage;
import io.adeplatform.portfolio.domain.quality.GateStanding;
import io.adeplatform.portfolio.domain.quality.GateWaiver;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Where a stage gate stands for the engagement. */
public record QualityGateResponse(
        @Schema(example = "solution-review") String gate, String name, String description,
        @Schema(description = "The stage a move forward into needs this gate passed or waived",
                example = "delivery-planning") Stage stage,
        @Schema(description = "The checklist a review of this gate starts with") List<String> checklist,
        @Schema(description = "passed or waived lets the move through") GateStatus status,
        @Schema(description = "The review that passed it, else the latest review; null when none") UUID reviewId,
        @Schema(description = "What is still open (empty once passed)") List<String> open,
        @Schema(description = "The executive's waiver; null when not waived") Waiver waiver) {

    public record Waiver(String reason, @Schema(example = "erin.exec") String by, OffsetDateTime at) {
    }

    public static QualityGateResponse from(GateStanding s) {
        GateWaiver w = s.waiver();
        return new QualityGateResponse(s.gate().code, s.gate().name, s.gate().description, s.gate().targetStage,
                List.copyOf(s.gate().checklist), s.status(), s.review() == null ? null : s.review().id, s.open(),
                w == null ? null : new Waiver(w.reason, w.createdBy, w.createdAt));
    }
}
