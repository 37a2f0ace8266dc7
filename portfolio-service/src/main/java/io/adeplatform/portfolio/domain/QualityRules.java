package io.adeplatform.portfolio.domain;

import io.adeplatform.platform.core.WireEnums;
import io.adeplatform.portfolio.domain.quality.ReviewFacts;

import java.util.List;
import java.util.UUID;

/**
 * The quality dimension of the RAG, from what the platform knows about quality:
 * <ul>
 *   <li>milestones rejected at acceptance and not yet accepted or waived: amber after one rejection, red after
 *   {@value #RED_REJECTIONS} or more;</li>
 *   <li>open escalations of category quality on the engagement: red when critical or high, amber when medium or low;</li>
 *   <li>open RAID issues of category quality: red with {@value #RED_QUALITY_ISSUES} or more, amber with 1 or 2;</li>
 *   <li>quality reviews (issue 20): a review failed now is red; an open finding of severity critical or high is red,
 *   medium amber (low ones do not rate).</li>
 * </ul>
 */
public final class QualityRules {

    public static final int RED_REJECTIONS = 2;
    public static final int RED_QUALITY_ISSUES = 3;

    private QualityRules() {
    }

    /** A milestone the customer refused at acceptance, with how often. */
    public record RejectedMilestone(String name, int rejections) {
    }

    public record Facts(List<RejectedMilestone> rejectedMilestones, List<RagRules.EscalationFact> openQualityEscalations,
                        List<String> openQualityIssues, ReviewFacts reviews) {
        public static final Facts NONE = new Facts(List.of(), List.of(), List.of());

        public Facts(List<RejectedMilestone> rejectedMilestones, List<RagRules.EscalationFact> openQualityEscalations,
                     List<String> openQualityIssues) {
            this(rejectedMilestones, openQualityEscalations, openQualityIssues, ReviewFacts.NONE);
        }
    }

    static Rating rate(Facts facts) {
        Rating r = new Rating("quality");
        for (RejectedMilestone m : facts.rejectedMilestones()) {
            String reason = "milestone '" + m.name() + "' was rejected at acceptance"
                    + (m.rejections() == 1 ? "" : " " + m.rejections() + " times");
            if (m.rejections() >= RED_REJECTIONS) {
                r.red("milestone-rejected", reason);
            } else {
                r.amber("milestone-rejected", reason);
            }
        }
        for (RagRules.EscalationFact x : facts.openQualityEscalations()) {
            String reason = x.severity().wireName() + " quality escalation open: " + x.title();
            UUID id = x.id();
            if (x.severity().isSevere()) {
                r.red("quality-escalation", reason, id);
            } else {
                r.amber("quality-escalation", reason, id);
            }
        }
        r.openIssues("quality-issues", "quality", facts.openQualityIssues(), RED_QUALITY_ISSUES);
        rateReviews(r, facts.reviews());
        r.greenBecause("no milestone rejected, no open quality escalation or quality issue");
        return r;
    }

    private static void rateReviews(Rating r, ReviewFacts reviews) {
        reviews.failedReviews().forEach(title -> r.red("review-failed", "quality review '" + title + "' failed"));
        for (ReviewFacts.OpenFinding f : reviews.openFindings()) {
            String reason = "open " + WireEnums.wireName(f.severity()) + " review finding: " + f.title();
            switch (f.severity()) {
                case CRITICAL, HIGH -> r.red("review-finding", reason);
                case MEDIUM -> r.amber("review-finding", reason);
                case LOW -> { }
            }
        }
    }
}
