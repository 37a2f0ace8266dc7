package io.adeplatform.portfolio.service.quality;

import io.adeplatform.platform.core.ExpectedVersion;
import io.adeplatform.platform.http.Page;
import io.adeplatform.platform.http.PageRequest;
import io.adeplatform.platform.security.AccountAccess;
import io.adeplatform.portfolio.domain.Engagement;
import io.adeplatform.portfolio.domain.ReviewOutcome;
import io.adeplatform.portfolio.domain.quality.QualityGate;
import io.adeplatform.portfolio.domain.quality.QualityReview;
import io.adeplatform.portfolio.events.QualityReviewDecided;
import io.adeplatform.portfolio.persistence.quality.QualityFindingRepository;
import io.adeplatform.portfolio.persistence.quality.QualityGateRepository;
import io.adeplatform.portfolio.persistence.quality.QualityReviewRepository;
import io.adeplatform.portfolio.service.EngagementUseCase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.Set;
import java.util.UUID;

/** Quality reviews of an engagement's gates: started with the gate's checklist, checked off, passed or failed. */
@ApplicationScoped
public class QualityReviewService extends EngagementUseCase {

    @Inject
    QualityGateRepository gates;

    @Inject
    QualityReviewRepository reviews;

    @Inject
    QualityFindingRepository findings;

    /** A pending review of the gate the body names (422 unknown-quality-gate when no such gate is configured). */
    @Transactional
    public ReviewView start(UUID id, String gateCode, String title, String reviewer, String actor) {
        Engagement e = open(id);
        QualityGate gate = gates.findByIdOptional(gateCode)
                .orElseThrow(() -> AccountAccess.unknownReference("quality gate", gateCode));
        return view(store(e, reviews, QualityReview.start(e.id, gate, title, reviewer, now(), actor)));
    }

    /** Oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ReviewView> list(UUID id, PageRequest page) {
        return Page.fromOverfetch(reviews.page(visible(id).id, page), page, this::view);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ReviewView get(UUID id, UUID reviewId) {
        return view(review(visible(id), reviewId));
    }

    /** Sets the checklist (If-Match): the named items done, the others not. */
    @Transactional
    public ReviewView check(UUID id, UUID reviewId, ExpectedVersion expected, Set<String> done) {
        Engagement e = locked(id);
        QualityReview r = review(e, reviewId);
        expected.check(r.version);
        e.requireOpen();
        r.check(done);
        changed(e);
        return view(r);
    }

    /** Moves the outcome (If-Match); a pass or a fail is published and rates the quality dimension. */
    @Transactional
    public ReviewView decide(UUID id, UUID reviewId, ExpectedVersion expected, ReviewOutcome to, String actor) {
        Engagement e = locked(id);
        QualityReview r = review(e, reviewId);
        expected.check(r.version);
        e.requireOpen();
        r.decide(to, findings.ofReview(r.id), now(), actor);
        if (to != ReviewOutcome.PENDING) {
            publish(e, QualityReviewDecided.NAME, new QualityReviewDecided(e.id, e.customerId, r.id, r.gateCode,
                    r.title, to, r.decidedAt, actor));
        }
        changed(e);
        return view(r);
    }

    private QualityReview review(Engagement e, UUID reviewId) {
        return recordOn(e, reviews, "quality review", reviewId);
    }

    private ReviewView view(QualityReview r) {
        return new ReviewView(r, findings.ofReview(r.id));
    }
}
