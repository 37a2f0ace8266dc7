package io.adeplatform.portfolio.service.quality;

import io.adeplatform.platform.core.Conflict;
import io.adeplatform.platform.core.NotFound;
import io.adeplatform.platform.core.WireEnums;
import io.adeplatform.platform.http.Page;
import io.adeplatform.platform.http.PageRequest;
import io.adeplatform.portfolio.domain.Engagement;
import io.adeplatform.portfolio.domain.Lifecycle;
import io.adeplatform.portfolio.domain.Stage;
import io.adeplatform.portfolio.domain.quality.GateStanding;
import io.adeplatform.portfolio.domain.quality.GateWaiver;
import io.adeplatform.portfolio.domain.quality.QualityFinding;
import io.adeplatform.portfolio.domain.quality.QualityGate;
import io.adeplatform.portfolio.domain.quality.QualityReview;
import io.adeplatform.portfolio.events.QualityGateWaived;
import io.adeplatform.portfolio.persistence.quality.GateWaiverRepository;
import io.adeplatform.portfolio.persistence.quality.QualityFindingRepository;
import io.adeplatform.portfolio.persistence.quality.QualityGateRepository;
import io.adeplatform.portfolio.persistence.quality.QualityReviewRepository;
import io.adeplatform.portfolio.service.EngagementUseCase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The stage gates of an engagement: where each stands, the check before a stage move, and executives' waivers. */
@ApplicationScoped
public class StageGates extends EngagementUseCase {

    @Inject
    QualityGateRepository gates;

    @Inject
    QualityReviewRepository reviews;

    @Inject
    QualityFindingRepository findings;

    @Inject
    GateWaiverRepository waivers;

    /**
     * Before a move forward into a gated stage: every gate guarding it passed or waived, else 409 gate-not-passed.
     * Moves back for rework and moves the lifecycle refuses anyway (it answers those) are not held.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void requirePassed(Engagement e, Stage to) {
        if (!Lifecycle.isAllowed(e.stage, to) || to.ordinal() < e.stage.ordinal()) {
            return;
        }
        gates.guarding(to).forEach(gate -> standing(e.id, gate).requireLetThrough());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<GateStanding> list(UUID id, PageRequest page) {
        UUID engagementId = visible(id).id;
        return Page.slice(gates.inLifecycleOrder().stream().map(g -> standing(engagementId, g)).toList(), page);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public GateStanding get(UUID id, String gateCode) {
        return standing(visible(id).id, gate(gateCode));
    }

    /** An executive's waiver (who, when, why) of a gate not passed; a gate passed or waived already is a 409. */
    @Transactional
    public GateStanding waive(UUID id, String gateCode, String reason, String actor) {
        Engagement e = open(id);
        QualityGate gate = gate(gateCode);
        GateStanding before = standing(e.id, gate);
        if (before.status().letsThrough()) {
            throw new Conflict("gate-let-through", "the " + gate.name + " gate is " + WireEnums.wireName(before.status())
                    + " already", Map.of("gate", gate.code));
        }
        GateWaiver waiver = store(e, waivers, GateWaiver.of(e.id, gate, reason, now(), actor));
        publish(e, QualityGateWaived.NAME, new QualityGateWaived(e.id, e.customerId, gate.code, gate.targetStage,
                waiver.reason, waiver.createdAt, actor));
        return standing(e.id, gate);
    }

    private GateStanding standing(UUID engagementId, QualityGate gate) {
        List<QualityReview> ofGate = reviews.ofGate(engagementId, gate.code);
        List<QualityFinding> latest = ofGate.isEmpty() ? List.of()
                : findings.ofReview(ofGate.get(ofGate.size() - 1).id);
        return GateStanding.of(gate, ofGate, latest, waivers.of(engagementId, gate.code).orElse(null));
    }

    private QualityGate gate(String code) {
        return gates.findByIdOptional(code).orElseThrow(() -> new NotFound("quality gate", code));
    }
}
