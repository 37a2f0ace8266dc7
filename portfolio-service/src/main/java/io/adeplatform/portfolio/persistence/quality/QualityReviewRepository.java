package io.adeplatform.portfolio.persistence.quality;

import io.adeplatform.platform.http.PageRequest;
import io.adeplatform.portfolio.domain.ReviewOutcome;
import io.adeplatform.portfolio.domain.quality.QualityReview;
import io.adeplatform.portfolio.persistence.EngagementRecordRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class QualityReviewRepository implements EngagementRecordRepository<QualityReview> {

    private static final Sort OLDEST_FIRST = Sort.by("createdAt").and("id");

    public List<QualityReview> page(UUID engagementId, PageRequest page) {
        return pageOn(engagementId, OLDEST_FIRST, page);
    }

    /** The engagement's reviews of one gate, oldest first. */
    public List<QualityReview> ofGate(UUID engagementId, String gateCode) {
        return list("engagementId = ?1 and gateCode = ?2", OLDEST_FIRST, engagementId, gateCode);
    }

    public List<QualityReview> failedOn(UUID engagementId) {
        return list("engagementId = ?1 and outcome = ?2", OLDEST_FIRST, engagementId, ReviewOutcome.FAILED);
    }
}
