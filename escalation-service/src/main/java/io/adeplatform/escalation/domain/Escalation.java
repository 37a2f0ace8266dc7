package io.adeplatform.escalation.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@Entity
@Table(name = "escalation")
public class Escalation {

    @Id
    public UUID id;

    @Column(name = "customer_id", nullable = false)
    public UUID customerId;

    @Column(name = "engagement_id")
    public UUID engagementId;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Severity severity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Category category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Source source;

    @Column(nullable = false)
    public String owner;

    @ElementCollection
    @CollectionTable(name = "escalation_watcher", joinColumns = @JoinColumn(name = "escalation_id"))
    @Column(name = "username", nullable = false)
    public Set<String> watchers = new LinkedHashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EscalationStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Level level;

    /** The role rank (see {@link Authority}) of whoever set the current level; lowering needs this rank or higher. */
    @Enumerated(EnumType.STRING)
    @Column(name = "level_set_by", nullable = false)
    public Authority levelSetBy;

    @Enumerated(EnumType.STRING)
    public Trend trend;

    /** For escalations the system opened: what caused it (e.g. engagement-health-red:<id>), so a repeat adds to it. */
    @Column(name = "cause_key")
    public String causeKey;

    @Column(name = "opened_at", nullable = false)
    public OffsetDateTime openedAt;

    @Column(name = "acknowledged_at")
    public OffsetDateTime acknowledgedAt;

    @Column(name = "resolved_at")
    public OffsetDateTime resolvedAt;

    @Column(name = "closed_at")
    public OffsetDateTime closedAt;

    @Column(name = "acknowledge_target_minutes", nullable = false)
    public int acknowledgeTargetMinutes;

    @Column(name = "resolve_target_minutes", nullable = false)
    public int resolveTargetMinutes;

    /** The highest warning threshold already announced per target (0, 50, 75), and whether the breach was. */
    @Column(name = "acknowledge_warned", nullable = false)
    public int acknowledgeWarned;

    @Column(name = "acknowledge_breached", nullable = false)
    public boolean acknowledgeBreached;

    @Column(name = "resolve_warned", nullable = false)
    public int resolveWarned;

    @Column(name = "resolve_breached", nullable = false)
    public boolean resolveBreached;

    @Embedded
    public RootCause rootCause;

    @OneToMany(mappedBy = "escalation", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("startedAt")
    public List<SlaPause> pauses = new ArrayList<>();

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Version
    public long version;

    public Optional<SlaPause> openPause() {
        return pauses.stream().filter(p -> p.endedAt == null).findFirst();
    }

    public boolean isPaused() {
        return openPause().isPresent();
    }

    public List<SlaClock.Interval> pauseIntervals() {
        return pauses.stream().map(SlaPause::interval).toList();
    }

    public SlaClock.Measure measure(SlaTarget target, Instant now) {
        return switch (target) {
            case ACKNOWLEDGE -> SlaClock.measure(target, Duration.ofMinutes(acknowledgeTargetMinutes), openedAt.toInstant(),
                    acknowledgedAt == null ? null : acknowledgedAt.toInstant(), pauseIntervals(), now);
            case RESOLVE -> SlaClock.measure(target, Duration.ofMinutes(resolveTargetMinutes), openedAt.toInstant(),
                    resolvedAt == null ? null : resolvedAt.toInstant(), pauseIntervals(), now);
        };
    }

    public boolean isBreached() {
        return acknowledgeBreached || resolveBreached;
    }
}
