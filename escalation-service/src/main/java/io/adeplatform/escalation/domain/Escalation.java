package io.adeplatform.escalation.domain;

import io.adeplatform.platform.core.Conflict;
import io.adeplatform.platform.core.InvalidInput;
import io.adeplatform.platform.core.NotPermitted;
import io.adeplatform.platform.core.RuleViolation;
import io.adeplatform.platform.core.Texts;
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

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The escalation aggregate: lifecycle rules and what each move implies (timestamps, SLA timer effects, root cause,
 * level authority). A command returns the timeline entry or change it implies; the use case stores and publishes it.
 * SLA pauses are {@link SlaPause}'s, threshold crossings {@link SlaCrossing}'s.
 */
@Entity
@Table(name = "escalation")
public class Escalation {

    /** How far back an escalation recorded after the fact may say it was raised. */
    public static final int MAX_BACKDATING_DAYS = 30;

    @Id
    public UUID id;

    public UUID customerId;

    public UUID engagementId;

    public String title;

    public String description;

    @Enumerated(EnumType.STRING)
    public Severity severity;

    @Enumerated(EnumType.STRING)
    public Category category;

    @Enumerated(EnumType.STRING)
    public Source source;

    public String owner;

    @ElementCollection
    @CollectionTable(name = "escalation_watcher", joinColumns = @JoinColumn(name = "escalation_id"))
    @Column(name = "username")
    public Set<String> watchers = new LinkedHashSet<>();

    @Enumerated(EnumType.STRING)
    public EscalationStatus status;

    @Enumerated(EnumType.STRING)
    public Level level;

    /** The role rank (see {@link Authority}) of whoever set the current level; lowering needs this rank or higher. */
    @Enumerated(EnumType.STRING)
    public Authority levelSetBy;

    @Enumerated(EnumType.STRING)
    public Trend trend;

    /** For escalations the system opened: what caused it (e.g. engagement-health-red:<id>), so a repeat adds to it. */
    public String causeKey;

    public OffsetDateTime openedAt;

    public OffsetDateTime acknowledgedAt;

    public OffsetDateTime resolvedAt;

    public OffsetDateTime closedAt;

    @Embedded
    public SlaTargets sla = new SlaTargets();

    @Embedded
    public RootCause rootCause;

    @OneToMany(mappedBy = "escalation", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("startedAt")
    public List<SlaPause> pauses = new ArrayList<>();

    public String createdBy;

    @Version
    public long version;

    /** A new escalation at L1, its SLA targets copied from the policy of its severity; the owner defaults to the opener. */
    public static Escalation open(UUID customerId, Source source, EscalationDetails details, SlaPolicy policy,
                                  Actor by, OffsetDateTime openedAt) {
        Escalation e = new Escalation();
        e.id = UUID.randomUUID();
        e.customerId = customerId;
        e.source = source;
        e.describe(details, details.owner() == null ? by.username() : details.owner());
        e.retarget(policy);
        e.status = EscalationStatus.OPEN;
        e.level = Level.L1;
        e.levelSetBy = by.authority();
        e.openedAt = openedAt;
        e.createdBy = by.username();
        return e;
    }

    /**
     * When an escalation a person records counts as opened: when it was really raised (at most
     * {@value #MAX_BACKDATING_DAYS} days back, never in the future), otherwise now. The SLA timers start then.
     */
    public static OffsetDateTime openedAt(OffsetDateTime raisedAt, OffsetDateTime now) {
        if (raisedAt == null) {
            return now;
        }
        if (raisedAt.isAfter(now.plusMinutes(1)) || raisedAt.isBefore(now.minusDays(MAX_BACKDATING_DAYS))) {
            throw InvalidInput.field("raisedAt", "must lie within the last " + MAX_BACKDATING_DAYS
                    + " days and not in the future");
        }
        return raisedAt.isBefore(now) ? raisedAt.withOffsetSameInstant(ZoneOffset.UTC) : now;
    }

    public TimelineEntry openingEntry() {
        return TimelineEntry.internal(id, openedAt, TimelineKind.OPENED, createdBy,
                "Escalation opened (" + severity.wireName() + ", " + source.wireName() + ") at " + level.wireName()
                        + ", owner " + owner + "; SLA " + sla.text()).change(null, status.wireName());
    }

    /**
     * Replaces what people describe; a new severity re-targets the SLA from its policy (elapsed time is kept) and is
     * returned as a {@link SeverityChange} with the given reason (blank: none).
     */
    public Optional<SeverityChange> revise(EscalationDetails details, String reason, SlaPolicy policy, Actor by,
                                           OffsetDateTime now) {
        requireNotClosed();
        Severity from = severity;
        if (from != policy.severity) {
            retarget(policy);
        }
        describe(details, details.owner() == null ? owner : details.owner());
        if (from == severity) {
            return Optional.empty();
        }
        String why = Texts.blankToNull(reason);
        TimelineEntry entry = TimelineEntry.internal(id, now, TimelineKind.UPDATE, by.username(),
                "Severity changed from " + from.wireName() + " to " + severity.wireName()
                        + (why == null ? "" : ": " + why) + "; SLA targets now " + sla.text())
                .change(from.wireName(), severity.wireName());
        return Optional.of(new SeverityChange(from, severity, why, by, now, entry));
    }

    /**
     * Moves the status (see {@link EscalationStatus}). Acknowledging and closing stamp their time; resolving needs the
     * root cause, stops the resolve timer and ends an open pause; a reopening clears all that and turns the time spent
     * resolved into a pause, so it does not count against the resolve target.
     */
    public StatusChange moveTo(EscalationStatus to, String note, RootCause cause, Actor by, OffsetDateTime now) {
        EscalationStatus from = status;
        if (!from.canMoveTo(to)) {
            throw from.illegalMoveTo(to);
        }
        if (to == EscalationStatus.RESOLVED && cause == null) {
            throw new RuleViolation("root-cause-required",
                    "resolving needs a root-cause analysis: category, description, corrective and preventive actions");
        }
        if (to != EscalationStatus.RESOLVED && cause != null) {
            throw InvalidInput.field("rootCause", "only allowed when moving to resolved");
        }
        switch (to) {
            case ACKNOWLEDGED -> acknowledgedAt = now;
            case RESOLVED -> {
                openPause().ifPresent(pause -> pause.end(now));
                resolvedAt = now;
                rootCause = cause;
            }
            case CLOSED -> closedAt = now;
            default -> {
            }
        }
        if (from.isReopening(to)) {
            pauses.add(SlaPause.between(this, resolvedAt, now, "resolved until reopened", by.username()));
            resolvedAt = null;
            closedAt = null;
            rootCause = null;
        }
        status = to;
        String text = note.strip();
        return new StatusChange(from, to, text, by, TimelineEntry.internal(id, now, TimelineKind.STATUS_CHANGE,
                by.username(), text).change(from.wireName(), to.wireName()));
    }

    /** A person raises or lowers the level; lowering needs the authority that set the current level or a higher one. */
    public LevelChange changeLevel(Level to, String reason, Actor by, OffsetDateTime now) {
        requireActive();
        if (level == to) {
            throw new Conflict("level-unchanged", "the escalation is already at " + level.wireName());
        }
        if (level.isAbove(to) && !by.authority().mayOverrule(levelSetBy)) {
            throw new NotPermitted("level " + level.wireName() + " was set by the " + levelSetBy.wireName()
                    + " role; lowering it needs that role or a higher one");
        }
        return setLevel(to, reason.strip(), by, now);
    }

    /** The system raises the level by one (an SLA breach); nothing when it is already the highest. */
    public Optional<LevelChange> raiseAutomatically(String reason, OffsetDateTime now) {
        return level == level.next() ? Optional.empty() : Optional.of(setLevel(level.next(), reason, Actor.SYSTEM, now));
    }

    /** An update by a person; its trend, when given, becomes the escalation's trend. */
    public TimelineEntry addUpdate(String text, Visibility visibility, Trend judged, Actor by, OffsetDateTime now) {
        requireNotClosed();
        TimelineEntry entry = TimelineEntry.of(id, now, TimelineKind.UPDATE, visibility, by.username(), text.strip());
        entry.trend = judged;
        if (judged != null) {
            trend = judged;
        }
        return entry;
    }

    /** A signal from another service about what this escalation was opened for. */
    public TimelineEntry signal(String text, OffsetDateTime now) {
        return TimelineEntry.internal(id, now, TimelineKind.SIGNAL, Actor.SYSTEM.username(), text);
    }

    /** The pause that lasts until now, if the SLA timers are paused. */
    public Optional<SlaPause> openPause() {
        return pauses.stream().filter(p -> p.endedAt == null).findFirst();
    }

    public SlaClock.Measure measure(SlaTarget target, Instant now) {
        List<SlaClock.Interval> paused = pauses.stream().map(SlaPause::interval).toList();
        OffsetDateTime stop = target == SlaTarget.ACKNOWLEDGE ? acknowledgedAt : resolvedAt;
        return SlaClock.measure(target, sla.duration(target), openedAt.toInstant(),
                stop == null ? null : stop.toInstant(), paused, now);
    }

    void requireActive() {
        if (!status.isActive()) {
            throw new Conflict("escalation-not-active", "the escalation is " + status.wireName() + "; reopen it first");
        }
    }

    private void requireNotClosed() {
        if (status == EscalationStatus.CLOSED) {
            throw new Conflict("escalation-closed", "the escalation is closed; reopen it first");
        }
    }

    private void describe(EscalationDetails details, String accountableOwner) {
        engagementId = details.engagementId();
        title = details.title();
        description = details.description();
        category = details.category();
        owner = accountableOwner;
        watchers.retainAll(details.watchers()); // touches the collection only when it really changes
        watchers.addAll(details.watchers());
    }

    private void retarget(SlaPolicy policy) {
        severity = policy.severity;
        sla.copyFrom(policy);
    }

    private LevelChange setLevel(Level to, String reason, Actor by, OffsetDateTime now) {
        Level from = level;
        level = to;
        levelSetBy = by.authority();
        TimelineEntry entry = TimelineEntry.internal(id, now, TimelineKind.LEVEL_CHANGE, by.username(),
                (to.isAbove(from) ? "Raised" : "Lowered") + " from " + from.wireName() + " to " + to.wireName() + ": "
                        + reason).change(from.wireName(), to.wireName());
        return new LevelChange(from, to, reason, by, now, entry);
    }
}
