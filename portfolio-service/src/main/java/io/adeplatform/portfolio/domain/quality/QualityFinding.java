package io.adeplatform.portfolio.domain.quality;

import io.adeplatform.platform.core.Conflict;
import io.adeplatform.portfolio.domain.EngagementRecord;
import io.adeplatform.portfolio.domain.FindingSeverity;
import io.adeplatform.portfolio.domain.FindingStatus;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.UUID;

/** A finding of a quality review, with its remediation tracked as a RAID entry ({@code raidItemId}). */
@Entity
@Table(name = "quality_finding")
public class QualityFinding extends EngagementRecord {

    public UUID reviewId;

    @Enumerated(EnumType.STRING)
    public FindingSeverity severity;

    public String title;

    public String description;

    @Enumerated(EnumType.STRING)
    public FindingStatus status;

    public UUID raidItemId;

    public OffsetDateTime resolvedAt;

    public String resolvedBy;

    @Version
    public long version;

    public static QualityFinding raise(QualityReview review, FindingSeverity severity, String title, String description,
                                       UUID raidItemId, OffsetDateTime at, String by) {
        QualityFinding f = new QualityFinding();
        f.createdOn(review.engagementId, at, by);
        f.reviewId = review.id;
        f.severity = severity;
        f.title = title.strip();
        f.description = description;
        f.status = FindingStatus.OPEN;
        f.raidItemId = raidItemId;
        return f;
    }

    /** Open ↔ resolved; staying where it is, is an illegal transition. */
    public void moveTo(FindingStatus to, OffsetDateTime at, String by) {
        if (to == status) {
            throw Conflict.illegalTransition(status, to, EnumSet.complementOf(EnumSet.of(status)));
        }
        status = to;
        resolvedAt = to == FindingStatus.RESOLVED ? at : null;
        resolvedBy = to == FindingStatus.RESOLVED ? by : null;
    }

    public boolean isOpen() {
        return status == FindingStatus.OPEN;
    }

    /** Open and high or critical: it stops its review from passing. */
    public boolean blocks() {
        return isOpen() && severity.blocks();
    }
}
