package io.adeplatform.portfolio.service.quality;

import io.adeplatform.platform.core.ExpectedVersion;
import io.adeplatform.platform.core.InvalidInput;
import io.adeplatform.platform.http.Page;
import io.adeplatform.platform.http.PageRequest;
import io.adeplatform.platform.security.AccountAccess;
import io.adeplatform.portfolio.domain.Engagement;
import io.adeplatform.portfolio.domain.FindingSeverity;
import io.adeplatform.portfolio.domain.FindingStatus;
import io.adeplatform.portfolio.domain.RaidDetails;
import io.adeplatform.portfolio.domain.RaidItem;
import io.adeplatform.portfolio.domain.RaidType;
import io.adeplatform.portfolio.domain.quality.QualityFinding;
import io.adeplatform.portfolio.domain.quality.QualityReview;
import io.adeplatform.portfolio.persistence.RaidItemRepository;
import io.adeplatform.portfolio.persistence.quality.QualityFindingRepository;
import io.adeplatform.portfolio.persistence.quality.QualityReviewRepository;
import io.adeplatform.portfolio.service.EngagementUseCase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Findings of quality reviews, each with its remediation linked into the RAID log. */
@ApplicationScoped
public class QualityFindingService extends EngagementUseCase {

    @Inject
    QualityReviewRepository reviews;

    @Inject
    QualityFindingRepository findings;

    @Inject
    RaidItemRepository raid;

    /**
     * A finding on a review of this engagement (422 unknown-quality-review otherwise), its remediation linked to a RAID
     * entry of the engagement (422 unknown-raid-item otherwise) or a new RAID action created for it.
     */
    @Transactional
    public QualityFinding raise(UUID id, UUID reviewId, FindingSeverity severity, String title, String description,
                                Remediation remediation, String actor) {
        Engagement e = open(id);
        QualityReview review = reviews.findOn(e.id, reviewId)
                .orElseThrow(() -> AccountAccess.unknownReference("quality review", reviewId));
        OffsetDateTime now = now();
        UUID raidItemId = remediationEntry(e, title, description, remediation, now, actor);
        return store(e, findings, QualityFinding.raise(review, severity, title, description, raidItemId, now, actor));
    }

    private UUID remediationEntry(Engagement e, String title, String description, Remediation remediation,
                                  OffsetDateTime now, String actor) {
        if (remediation.raidItemId() != null) {
            if (remediation.owner() != null || remediation.dueDate() != null) {
                throw InvalidInput.field("remediation", "link a RAID entry or describe a new action, not both");
            }
            return raid.findOn(e.id, remediation.raidItemId())
                    .orElseThrow(() -> AccountAccess.unknownReference("raid item", remediation.raidItemId())).id;
        }
        if (remediation.owner() == null || remediation.owner().isBlank() || remediation.dueDate() == null) {
            throw InvalidInput.field("remediation", "a new remediation action needs an owner and a due date");
        }
        RaidItem action = RaidItem.open(e.id, RaidType.ACTION, new RaidDetails("Remediate: " + title.strip(),
                description, RaidItem.QUALITY, remediation.owner(), remediation.dueDate(), null, null), now, actor);
        raid.persist(action);
        return action.id;
    }

    /** Oldest first, narrowed to a status when given. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<QualityFinding> list(UUID id, FindingStatus status, PageRequest page) {
        return Page.fromOverfetch(findings.page(visible(id).id, status, page), page, f -> f);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public QualityFinding get(UUID id, UUID findingId) {
        return finding(visible(id), findingId);
    }

    /** Resolves or reopens a finding (If-Match); the quality dimension follows. */
    @Transactional
    public QualityFinding transition(UUID id, UUID findingId, ExpectedVersion expected, FindingStatus to,
                                     String actor) {
        Engagement e = locked(id);
        QualityFinding f = finding(e, findingId);
        expected.check(f.version);
        e.requireOpen();
        f.moveTo(to, now(), actor);
        changed(e);
        return f;
    }

    private QualityFinding finding(Engagement e, UUID findingId) {
        return recordOn(e, findings, "quality finding", findingId);
    }
}
