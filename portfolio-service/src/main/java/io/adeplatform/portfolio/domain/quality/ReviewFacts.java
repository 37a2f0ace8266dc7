package io.adeplatform.portfolio.domain.quality;

import io.adeplatform.portfolio.domain.FindingSeverity;

import java.util.List;

/** What the RAG quality dimension reads of reviews: those failed now, and the open findings with their severity. */
public record ReviewFacts(List<String> failedReviews, List<OpenFinding> openFindings) {

    public static final ReviewFacts NONE = new ReviewFacts(List.of(), List.of());

    public record OpenFinding(FindingSeverity severity, String title) {
    }
}
