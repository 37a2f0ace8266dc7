package io.adeplatform.portfolio.persistence.quality;

import io.adeplatform.platform.http.PageRequest;
import io.adeplatform.platform.persistence.ListQuery;
import io.adeplatform.portfolio.domain.FindingStatus;
import io.adeplatform.portfolio.domain.quality.QualityFinding;
import io.adeplatform.portfolio.persistence.EngagementRecordRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class QualityFindingRepository implements EngagementRecordRepository<QualityFinding> {

    private static final Sort OLDEST_FIRST = Sort.by("createdAt").and("id");

    /** One page of the engagement's findings (plus one row), narrowed to a status when given. */
    public List<QualityFinding> page(UUID engagementId, FindingStatus status, PageRequest page) {
        return new ListQuery().equal("engagementId", engagementId).equal("status", status)
                .page(this, OLDEST_FIRST, page);
    }

    public List<QualityFinding> ofReview(UUID reviewId) {
        return list("reviewId", OLDEST_FIRST, reviewId);
    }

    public List<QualityFinding> openOn(UUID engagementId) {
        return list("engagementId = ?1 and status = ?2", OLDEST_FIRST, engagementId, FindingStatus.OPEN);
    }
}
