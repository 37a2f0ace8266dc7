package io.adeplatform.portfolio.domain.quality;

import io.adeplatform.platform.core.Conflict;
import io.adeplatform.platform.core.WireEnums;
import io.adeplatform.portfolio.domain.GateStatus;
import io.adeplatform.portfolio.domain.ReviewOutcome;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where one gate stands for one engagement: passed when any review of the gate passed, else waived when an executive
 * waived it, else the outcome of the latest review (not reviewed without one); {@code open} says what is still open.
 */
public record GateStanding(QualityGate gate, GateStatus status, QualityReview review, GateWaiver waiver,
                           List<String> open) {

    /**
     * @param reviews  the engagement's reviews of this gate, oldest first
     * @param findings the findings of the latest review
     */
    public static GateStanding of(QualityGate gate, List<QualityReview> reviews, List<QualityFinding> findings,
                                  GateWaiver waiver) {
        QualityReview passed = reviews.stream().filter(r -> r.outcome == ReviewOutcome.PASSED).findFirst().orElse(null);
        if (passed != null) {
            return new GateStanding(gate, GateStatus.PASSED, passed, waiver, List.of());
        }
        QualityReview latest = reviews.isEmpty() ? null : reviews.get(reviews.size() - 1);
        List<String> open = new ArrayList<>();
        if (latest == null) {
            open.add("no review of the gate yet");
        } else {
            if (latest.outcome == ReviewOutcome.FAILED) {
                open.add("review '" + latest.title + "' failed");
            }
            open.addAll(latest.openPoints(findings));
        }
        GateStatus status = waiver != null ? GateStatus.WAIVED
                : latest == null ? GateStatus.NOT_REVIEWED
                : latest.outcome == ReviewOutcome.FAILED ? GateStatus.FAILED : GateStatus.PENDING;
        return new GateStanding(gate, status, latest, waiver, List.copyOf(open));
    }

    /** 409 gate-not-passed naming the gate, the stage it guards, its status and what is open, unless it lets through. */
    public void requireLetThrough() {
        if (status.letsThrough()) {
            return;
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("gate", gate.code);
        details.put("stage", gate.targetStage.wireName());
        details.put("status", WireEnums.wireName(status));
        details.put("open", open);
        if (review != null) {
            details.put("reviewId", review.id.toString());
        }
        throw new Conflict("gate-not-passed", "the " + gate.name + " gate (" + gate.code + ") must pass before "
                + gate.targetStage.wireName() + ": " + String.join("; ", open), details);
    }
}
