package io.adeplatform.portfolio.persistence.quality;

import io.adeplatform.portfolio.domain.quality.GateWaiver;
import io.adeplatform.portfolio.persistence.EngagementRecordRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class GateWaiverRepository implements EngagementRecordRepository<GateWaiver> {

    public Optional<GateWaiver> of(UUID engagementId, String gateCode) {
        return find("engagementId = ?1 and gateCode = ?2", engagementId, gateCode).firstResultOptional();
    }
}
