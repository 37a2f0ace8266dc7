package io.adeplatform.portfolio.domain.quality;

import io.adeplatform.portfolio.domain.EngagementRecord;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An executive let an engagement through a gate without a passed review: who (createdBy), when and why. */
@Entity
@Table(name = "quality_gate_waiver")
public class GateWaiver extends EngagementRecord {

    public String gateCode;

    public String reason;

    public static GateWaiver of(UUID engagementId, QualityGate gate, String reason, OffsetDateTime at, String by) {
        GateWaiver w = new GateWaiver();
        w.createdOn(engagementId, at, by);
        w.gateCode = gate.code;
        w.reason = reason.strip();
        return w;
    }
}
