package io.adeplatform.escalation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One line of an escalation's history. Only entries with visibility CUSTOMER may ever reach a customer. */
@Entity
@Table(name = "escalation_timeline")
public class TimelineEntry {

    @Id
    public UUID id;

    public UUID escalationId;

    @Column(name = "occurred_at")
    public OffsetDateTime at;

    @Column(insertable = false, updatable = false)
    public Long seq;

    @Enumerated(EnumType.STRING)
    public TimelineKind kind;

    @Enumerated(EnumType.STRING)
    public Visibility visibility;

    public String author;

    public String text;

    @Enumerated(EnumType.STRING)
    public Trend trend;

    @Column(name = "from_value")
    public String from;

    @Column(name = "to_value")
    public String to;

    protected TimelineEntry() {
    }

    public static TimelineEntry of(UUID escalationId, OffsetDateTime at, TimelineKind kind, Visibility visibility,
                                   String author, String text) {
        TimelineEntry entry = new TimelineEntry();
        entry.id = UUID.randomUUID();
        entry.escalationId = escalationId;
        entry.at = at;
        entry.kind = kind;
        entry.visibility = visibility;
        entry.author = author;
        entry.text = text;
        return entry;
    }

    /** An entry the service writes itself (status, level, SLA, signals): always internal. */
    public static TimelineEntry internal(UUID escalationId, OffsetDateTime at, TimelineKind kind, String author,
                                         String text) {
        return of(escalationId, at, kind, Visibility.INTERNAL, author, text);
    }

    public TimelineEntry change(String from, String to) {
        this.from = from;
        this.to = to;
        return this;
    }
}
