package io.adeplatform.escalation.service;

import io.adeplatform.escalation.domain.Actor;
import io.adeplatform.escalation.domain.Escalation;
import io.adeplatform.escalation.domain.TimelineEntry;
import io.adeplatform.escalation.domain.TimelineKind;
import io.adeplatform.escalation.domain.Trend;
import io.adeplatform.escalation.domain.Visibility;
import io.adeplatform.escalation.persistence.TimelineRepository;
import io.adeplatform.platform.core.NotFound;
import io.adeplatform.platform.http.Page;
import io.adeplatform.platform.http.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.UUID;
import java.util.function.Function;

/** The timeline of an escalation: people add updates (internal or customer-visible) and read it. */
@ApplicationScoped
public class TimelineService extends EscalationUseCase {

    @Inject
    TimelineRepository timeline;

    /** {@code trend} may be null; when given it becomes the escalation's trend. */
    @Transactional
    public TimelineEntry addUpdate(UUID id, String text, Visibility visibility, Trend trend, Actor by) {
        Escalation e = changeable(id);
        TimelineEntry entry = e.addUpdate(text, visibility, trend, by, now());
        journal.record(entry);
        return entry;
    }

    /** One entry of a visible escalation; the 404 of a missing one when it belongs to another escalation. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public TimelineEntry entry(UUID id, UUID entryId) {
        Escalation e = find(id);
        return timeline.findByIdOptional(entryId).filter(entry -> entry.escalationId.equals(e.id))
                .orElseThrow(() -> new NotFound("timeline entry", entryId));
    }

    /** Oldest first; {@code visibility} and {@code kind} narrow it when not null. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<TimelineEntry> timeline(UUID id, Visibility visibility, TimelineKind kind, PageRequest page) {
        Escalation e = find(id);
        return Page.fromOverfetch(timeline.page(e.id, visibility, kind, page), page, Function.identity());
    }
}
