package io.adeplatform.escalation.service;

import io.adeplatform.escalation.domain.Escalation;
import io.adeplatform.escalation.domain.EscalationStatus;
import io.adeplatform.escalation.domain.LevelChange;
import io.adeplatform.escalation.domain.SeverityChange;
import io.adeplatform.escalation.domain.SlaCrossing;
import io.adeplatform.escalation.domain.StatusChange;
import io.adeplatform.escalation.domain.TimelineEntry;
import io.adeplatform.escalation.events.EscalationEvents;
import io.adeplatform.escalation.persistence.TimelineRepository;
import io.adeplatform.platform.events.OutboxWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.ZoneOffset;

/**
 * Writes down what happened to an escalation, inside the use case's transaction: the timeline entry the aggregate
 * implied and, where partners are told, the matching event in the outbox. So the change, its history and its event
 * commit together.
 */
@ApplicationScoped
class EscalationJournal {

    @Inject
    TimelineRepository timeline;

    @Inject
    OutboxWriter outbox;

    void record(TimelineEntry entry) {
        timeline.persist(entry);
    }

    void opened(Escalation e) {
        record(e.openingEntry());
        publish(e, EscalationEvents.Opened.NAME, new EscalationEvents.Opened(e.id, e.customerId, e.engagementId, e.title,
                e.severity, e.category, e.source, e.level, e.owner, e.openedAt));
    }

    void statusChanged(Escalation e, StatusChange change) {
        record(change.entry());
        String by = change.by().username();
        if (change.to() == EscalationStatus.RESOLVED) {
            publish(e, EscalationEvents.Resolved.NAME, new EscalationEvents.Resolved(e.id, e.customerId, e.engagementId,
                    e.severity, e.level, e.rootCause.category, by, change.entry().at));
        } else if (change.to() == EscalationStatus.CLOSED) {
            publish(e, EscalationEvents.Closed.NAME, new EscalationEvents.Closed(e.id, e.customerId, e.engagementId,
                    e.severity, by, change.entry().at));
        } else if (change.isReopening()) {
            publish(e, EscalationEvents.Reopened.NAME, new EscalationEvents.Reopened(e.id, e.customerId, e.engagementId,
                    e.severity, e.level, change.note(), by, change.entry().at));
        }
    }

    void levelChanged(Escalation e, LevelChange change) {
        record(change.entry());
        publish(e, EscalationEvents.LevelChanged.NAME, new EscalationEvents.LevelChanged(e.id, e.customerId,
                e.engagementId, e.severity, change.from().wireName(), change.to().wireName(), change.reason(),
                change.by().username(), change.isAutomatic(), change.at()));
    }

    void severityChanged(Escalation e, SeverityChange change) {
        record(change.entry());
        publish(e, EscalationEvents.SeverityChanged.NAME, new EscalationEvents.SeverityChanged(e.id, e.customerId,
                e.engagementId, e.category, e.source, change.from(), change.to(), change.reason(),
                change.by().username(), change.at()));
    }

    void slaCrossed(Escalation e, SlaCrossing crossing) {
        record(crossing.entry());
        if (crossing.isBreach()) {
            publish(e, EscalationEvents.SlaBreached.NAME, new EscalationEvents.SlaBreached(e.id, e.customerId,
                    e.engagementId, e.severity, crossing.target(), crossing.targetMinutes(),
                    crossing.measure().percentUsed(), crossing.at()));
        } else {
            var dueAt = crossing.measure().dueAt();
            publish(e, EscalationEvents.SlaWarning.NAME, new EscalationEvents.SlaWarning(e.id, e.customerId,
                    e.engagementId, e.severity, crossing.target(), crossing.threshold(), crossing.measure().percentUsed(),
                    dueAt == null ? null : dueAt.atOffset(ZoneOffset.UTC), crossing.at()));
        }
    }

    private void publish(Escalation e, String name, Object payload) {
        outbox.append(EscalationEvents.AGGREGATE, e.id, name, payload);
    }
}
