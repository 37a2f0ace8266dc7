package io.adeplatform.billing.service;

import io.adeplatform.billing.domain.PlannedMilestone;
import io.adeplatform.billing.persistence.PlannedMilestoneRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.UUID;

/** Remembers when portfolio plans each milestone due: the revenue forecast places unaccepted milestones by it. */
@ApplicationScoped
public class PlannedMilestoneService {

    @Inject
    PlannedMilestoneRepository milestones;

    @Transactional(Transactional.TxType.MANDATORY)
    public void onMilestonePlanned(UUID milestoneId, UUID engagementId, UUID customerId, String name, LocalDate due) {
        PlannedMilestone kept = milestones.findById(milestoneId);
        if (kept == null) {
            milestones.persist(PlannedMilestone.of(milestoneId, engagementId, customerId, name, due));
        } else if (kept.customerId.equals(customerId)) {
            kept.replan(name, due);
        }
    }
}
