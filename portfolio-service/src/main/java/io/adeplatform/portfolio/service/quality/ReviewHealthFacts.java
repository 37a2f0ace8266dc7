package io.adeplatform.portfolio.service.quality;

import io.adeplatform.portfolio.domain.quality.ReviewFacts;
import io.adeplatform.portfolio.persistence.quality.QualityFindingRepository;
import io.adeplatform.portfolio.persistence.quality.QualityReviewRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.UUID;

/** What the RAG quality dimension reads of an engagement's reviews (see QualityRules). */
@ApplicationScoped
public class ReviewHealthFacts {

    @Inject
    QualityReviewRepository reviews;

    @Inject
    QualityFindingRepository findings;

    public ReviewFacts of(UUID engagementId) {
        return new ReviewFacts(reviews.failedOn(engagementId).stream().map(r -> r.title).toList(),
                findings.openOn(engagementId).stream()
                        .map(f -> new ReviewFacts.OpenFinding(f.severity, f.title)).toList());
    }
}
