package io.adeplatform.escalation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A period in which an escalation's SLA timers did not count (ended null: still paused). */
@Entity
@Table(name = "escalation_sla_pause")
public class SlaPause {

    @Id
    public UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "escalation_id")
    public Escalation escalation;

    @Column(name = "started_at", nullable = false)
    public OffsetDateTime startedAt;

    @Column(name = "ended_at")
    public OffsetDateTime endedAt;

    @Column(nullable = false)
    public String reason;

    @Column(name = "started_by", nullable = false)
    public String startedBy;

    protected SlaPause() {
    }

    public SlaPause(Escalation escalation, OffsetDateTime startedAt, String reason, String startedBy) {
        this.id = UUID.randomUUID();
        this.escalation = escalation;
        this.startedAt = startedAt;
        this.reason = reason;
        this.startedBy = startedBy;
    }

    public SlaClock.Interval interval() {
        return new SlaClock.Interval(startedAt.toInstant(), endedAt == null ? null : endedAt.toInstant());
    }
}
