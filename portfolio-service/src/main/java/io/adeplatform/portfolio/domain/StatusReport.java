package io.adeplatform.portfolio.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A frozen, dated snapshot: written once, never updated (no setter path, no version). */
@Entity
@Table(name = "status_report")
public class StatusReport {

    @Id
    public UUID id;

    @Column(name = "engagement_id", nullable = false)
    public UUID engagementId;

    @Column(name = "as_of", nullable = false)
    public LocalDate asOf;

    @Column(name = "summary")
    public String summary;

    @Enumerated(EnumType.STRING)
    @Column(name = "overall_computed", nullable = false)
    public Health overallComputed;

    @Enumerated(EnumType.STRING)
    @Column(name = "override_rag")
    public Health overrideRag;

    @Column(name = "override_reason")
    public String overrideReason;

    @Column(name = "override_by")
    public String overrideBy;

    @Column(name = "override_at")
    public OffsetDateTime overrideAt;

    /** The whole snapshot (stage, RAG per dimension with reasons, financial figures) as JSON. */
    @Column(name = "snapshot", nullable = false)
    public String snapshot;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    /** The override when there is one, else the computed overall health. */
    public Health effectiveRag() {
        return overrideRag == null ? overallComputed : overrideRag;
    }
}
