package io.adeplatform.escalation.domain;

import io.adeplatform.platform.core.Conflict;
import io.adeplatform.platform.core.InvalidInput;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A period in which an escalation's SLA timers did not count (ended null: still paused), and the rules for pausing
 * and resuming them: only an active escalation pauses, and only once at a time.
 */
@Entity
@Table(name = "escalation_sla_pause")
public class SlaPause {

    @Id
    public UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "escalation_id")
    public Escalation escalation;

    public OffsetDateTime startedAt;

    public OffsetDateTime endedAt;

    public String reason;

    public String startedBy;

    protected SlaPause() {
    }

    private SlaPause(Escalation escalation, OffsetDateTime startedAt, String reason, String startedBy) {
        this.id = UUID.randomUUID();
        this.escalation = escalation;
        this.startedAt = startedAt;
        this.reason = reason;
        this.startedBy = startedBy;
    }

    /** Pauses both SLA timers of the escalation (e.g. waiting for the customer). */
    public static TimelineEntry pauseTimers(Escalation e, String reason, Actor by, OffsetDateTime now) {
        e.requireActive();
        if (reason == null || reason.isBlank()) {
            throw InvalidInput.field("reason", "must not be blank: say why the timers stop, e.g. waiting for customer");
        }
        if (e.openPause().isPresent()) {
            throw new Conflict("already-paused", "the SLA timers are already paused since " + e.openPause().get().startedAt);
        }
        String why = reason.strip();
        e.pauses.add(new SlaPause(e, now, why, by.username()));
        return TimelineEntry.internal(e.id, now, TimelineKind.SLA_EVENT, by.username(), "SLA timers paused: " + why)
                .change("running", "paused");
    }

    /** Ends the escalation's open pause; the timers run again. */
    public static TimelineEntry resumeTimers(Escalation e, String note, Actor by, OffsetDateTime now) {
        SlaPause pause = e.openPause().orElseThrow(() -> new Conflict("not-paused", "the SLA timers are not paused"));
        pause.end(now);
        Duration paused = Duration.between(pause.startedAt, now);
        return TimelineEntry.internal(e.id, now, TimelineKind.SLA_EVENT, by.username(),
                "SLA timers resumed after " + paused.toMinutes() + " min paused (" + pause.reason + ")"
                        + (note == null || note.isBlank() ? "" : ": " + note.strip())).change("paused", "running");
    }

    /** A pause that already ended, e.g. the time an escalation spent resolved before it was reopened. */
    static SlaPause between(Escalation e, OffsetDateTime start, OffsetDateTime end, String reason, String startedBy) {
        SlaPause pause = new SlaPause(e, start, reason, startedBy);
        pause.end(end);
        return pause;
    }

    void end(OffsetDateTime at) {
        endedAt = at;
    }

    public SlaClock.Interval interval() {
        return new SlaClock.Interval(startedAt.toInstant(), endedAt == null ? null : endedAt.toInstant());
    }
}
