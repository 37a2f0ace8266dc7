package io.adeplatform.portfolio.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A frozen, dated snapshot: written once, never updated (no setter path, no version). */
@Entity
@Table(name = "status_report")
public class StatusReport extends EngagementRecord {

    public LocalDate asOf;

    public String summary;

    @Enumerated(EnumType.STRING)
    public Health overallComputed;

    @Enumerated(EnumType.STRING)
    public Health overrideRag;

    public String overrideReason;

    public String overrideBy;

    public OffsetDateTime overrideAt;

    /** The whole snapshot (stage, RAG per dimension with reasons, financial figures) as JSON. */
    public String snapshot;

    /** Freezes the computed overall health and the snapshot (as JSON) of an engagement as of a date. */
    public static StatusReport freeze(Engagement e, LocalDate asOf, String summary, Health computed, String snapshot,
                                      OffsetDateTime at, String by) {
        StatusReport report = new StatusReport();
        report.createdOn(e.id, at, by);
        report.asOf = asOf;
        report.summary = summary;
        report.overallComputed = computed;
        report.snapshot = snapshot;
        return report;
    }

    /** A manual overall rating beside the computed one, with its reason, who gave it and when. */
    public void override(Health rag, String reason, OffsetDateTime at, String by) {
        overrideRag = rag;
        overrideReason = reason.strip();
        overrideBy = by;
        overrideAt = at;
    }

    /** The override when there is one, else the computed overall health. */
    public Health effectiveRag() {
        return overrideRag == null ? overallComputed : overrideRag;
    }
}
