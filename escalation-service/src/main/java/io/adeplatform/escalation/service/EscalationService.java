package io.adeplatform.escalation.service;

import io.adeplatform.platform.core.NotFound;
import io.adeplatform.platform.core.Conflict;
import io.adeplatform.platform.core.RuleViolation;
import io.adeplatform.platform.core.NotPermitted;
import io.adeplatform.platform.core.InvalidInput;
import io.adeplatform.platform.core.FieldError;
import io.adeplatform.escalation.api.CreateEscalationRequest;
import io.adeplatform.escalation.api.EscalationResponse;
import io.adeplatform.escalation.api.LevelChangeRequest;
import io.adeplatform.escalation.api.SlaResponse;
import io.adeplatform.escalation.api.TimelineEntryResponse;
import io.adeplatform.escalation.api.TimelineUpdateRequest;
import io.adeplatform.escalation.api.TransitionRequest;
import io.adeplatform.escalation.api.UpdateEscalationRequest;
import io.adeplatform.escalation.domain.Authority;
import io.adeplatform.escalation.domain.Escalation;
import io.adeplatform.escalation.domain.EscalationStatus;
import io.adeplatform.escalation.domain.Level;
import io.adeplatform.escalation.domain.RootCause;
import io.adeplatform.escalation.domain.Severity;
import io.adeplatform.escalation.domain.SlaPause;
import io.adeplatform.escalation.domain.SlaPolicy;
import io.adeplatform.escalation.domain.Source;
import io.adeplatform.escalation.domain.TimelineEntry;
import io.adeplatform.escalation.domain.TimelineKind;
import io.adeplatform.escalation.domain.Visibility;
import io.adeplatform.escalation.messaging.EscalationEvents;
import io.adeplatform.escalation.persistence.EscalationFilter;
import io.adeplatform.escalation.persistence.EscalationRepository;
import io.adeplatform.escalation.persistence.SlaPolicyRepository;
import io.adeplatform.escalation.persistence.TimelineRepository;
import io.adeplatform.platform.customers.ProjectedCustomer;
import io.adeplatform.platform.customers.ProjectedCustomers;
import io.adeplatform.platform.events.OutboxWriter;
import io.adeplatform.platform.http.EntityVersions;
import io.adeplatform.platform.http.Page;
import io.adeplatform.platform.http.PageRequest;
import io.adeplatform.platform.security.AccountAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The escalation use cases: one transaction per command, the state change and its events committing together. */
@ApplicationScoped
public class EscalationService {

    /** How far back an escalation recorded after the fact may say it was raised. */
    static final int MAX_BACKDATING_DAYS = 30;

    @Inject
    EscalationRepository escalations;

    @Inject
    TimelineRepository timeline;

    @Inject
    SlaPolicyRepository policies;

    @Inject
    ProjectedCustomers customers;

    @Inject
    OutboxWriter outbox;

    @Inject
    AccountAccess access;

    @Inject
    Clock clock;

    @Transactional
    public EscalationResponse open(CreateEscalationRequest request, Actor actor) {
        if (request.source() == Source.SYSTEM) {
            throw new InvalidInput("the request has invalid fields", List.of(new FieldError("source",
                    "system is reserved for escalations the platform opens; use customer or internal")));
        }
        OffsetDateTime now = now();
        if (request.raisedAt() != null && (request.raisedAt().isAfter(now.plusMinutes(1))
                || request.raisedAt().isBefore(now.minusDays(MAX_BACKDATING_DAYS)))) {
            throw new InvalidInput("the request has invalid fields", List.of(new FieldError("raisedAt",
                    "must lie within the last " + MAX_BACKDATING_DAYS + " days and not in the future")));
        }
        access.requireVisible(request.customerId());
        if (!customers.isActive(request.customerId())) {
            throw new RuleViolation("unknown-customer",
                    "customer " + request.customerId() + " is not an active customer known to this service");
        }
        Escalation e = newEscalation(request.customerId(), request.engagementId(), request.title().strip(),
                request.description().strip(), request.severity(), request.category(), request.source(),
                request.owner() == null || request.owner().isBlank() ? actor.username() : request.owner().strip(), actor);
        if (request.watchers() != null) {
            request.watchers().forEach(w -> e.watchers.add(w.strip()));
        }
        if (request.raisedAt() != null && request.raisedAt().isBefore(now)) {
            e.openedAt = request.raisedAt().withOffsetSameInstant(ZoneOffset.UTC);
        }
        escalations.persist(e);
        opened(e, actor);
        return EscalationResponse.of(e);
    }

    @Transactional
    public EscalationResponse update(UUID id, String ifMatch, UpdateEscalationRequest request, Actor actor) {
        Escalation e = find(id);
        EntityVersions.requireMatch(ifMatch, e.version);
        requireNotClosed(e);
        OffsetDateTime now = now();
        if (e.severity != request.severity()) {
            SlaPolicy policy = policy(request.severity());
            record(e, TimelineEntry.of(e.id, now, TimelineKind.UPDATE, Visibility.INTERNAL, actor.username(),
                    "Severity changed from " + e.severity.wireName() + " to " + request.severity().wireName()
                            + "; SLA targets now " + policy.acknowledgeMinutes + " min to acknowledge, "
                            + policy.resolveMinutes + " min to resolve").change(e.severity.wireName(), request.severity().wireName()));
            e.severity = request.severity();
            e.acknowledgeTargetMinutes = policy.acknowledgeMinutes;
            e.resolveTargetMinutes = policy.resolveMinutes;
        }
        e.engagementId = request.engagementId();
        e.title = request.title().strip();
        e.description = request.description().strip();
        e.category = request.category();
        e.owner = request.owner().strip();
        LinkedHashSet<String> watchers = new LinkedHashSet<>();
        if (request.watchers() != null) {
            request.watchers().forEach(w -> watchers.add(w.strip()));
        }
        if (!watchers.equals(e.watchers)) {
            e.watchers.clear();
            e.watchers.addAll(watchers);
        }
        escalations.flush();
        return EscalationResponse.of(e);
    }

    @Transactional
    public EscalationResponse transition(UUID id, String ifMatch, TransitionRequest request, Actor actor) {
        Escalation e = find(id);
        checkIfPresent(ifMatch, e);
        EscalationStatus from = e.status;
        EscalationStatus to = request.to();
        if (!from.canMoveTo(to)) {
            throw Conflict.illegalTransition(from.wireName(), to.wireName());
        }
        if (to == EscalationStatus.RESOLVED && request.rootCause() == null) {
            throw new RuleViolation("root-cause-required",
                    "resolving needs a root-cause analysis: category, description, corrective and preventive actions");
        }
        if (to != EscalationStatus.RESOLVED && request.rootCause() != null) {
            throw new InvalidInput("the request has invalid fields",
                    List.of(new FieldError("rootCause", "only allowed when moving to resolved")));
        }
        OffsetDateTime now = now();
        boolean reopening = from.isReopening(to);
        switch (to) {
            case ACKNOWLEDGED -> e.acknowledgedAt = now;
            case RESOLVED -> {
                e.openPause().ifPresent(p -> p.endedAt = now);
                e.resolvedAt = now;
                var rca = request.rootCause();
                e.rootCause = new RootCause(rca.category(), rca.description().strip(), rca.correctiveActions().strip(),
                        rca.preventiveActions().strip());
            }
            case CLOSED -> e.closedAt = now;
            default -> {
            }
        }
        if (reopening) {
            // the time spent resolved does not count against the resolve target: it becomes a pause
            SlaPause resolvedPeriod = new SlaPause(e, e.resolvedAt, "resolved until reopened", actor.username());
            resolvedPeriod.endedAt = now;
            e.pauses.add(resolvedPeriod);
            e.resolvedAt = null;
            e.closedAt = null;
            e.rootCause = null;
        }
        e.status = to;
        record(e, TimelineEntry.of(e.id, now, TimelineKind.STATUS_CHANGE, Visibility.INTERNAL, actor.username(),
                request.note().strip()).change(from.wireName(), to.wireName()));
        escalations.flush();
        if (to == EscalationStatus.RESOLVED) {
            outbox.append(EscalationEvents.AGGREGATE, e.id, EscalationEvents.Resolved.NAME, new EscalationEvents.Resolved(
                    e.id, e.customerId, e.engagementId, e.severity, e.level, e.rootCause.category, actor.username(), now));
        } else if (to == EscalationStatus.CLOSED) {
            outbox.append(EscalationEvents.AGGREGATE, e.id, EscalationEvents.Closed.NAME, new EscalationEvents.Closed(
                    e.id, e.customerId, e.engagementId, e.severity, actor.username(), now));
        } else if (reopening) {
            outbox.append(EscalationEvents.AGGREGATE, e.id, EscalationEvents.Reopened.NAME, new EscalationEvents.Reopened(
                    e.id, e.customerId, e.engagementId, e.severity, e.level, request.note().strip(), actor.username(), now));
        }
        return EscalationResponse.of(e);
    }

    @Transactional
    public EscalationResponse changeLevel(UUID id, String ifMatch, LevelChangeRequest request, Actor actor) {
        Escalation e = find(id);
        checkIfPresent(ifMatch, e);
        requireActive(e);
        if (e.level == request.to()) {
            throw new Conflict("level-unchanged", "the escalation is already at " + e.level.wireName());
        }
        boolean lowering = e.level.isAbove(request.to());
        if (lowering && !actor.authority().mayOverrule(e.levelSetBy)) {
            throw new NotPermitted("level " + e.level.wireName() + " was set by the " + e.levelSetBy.wireName()
                    + " role; lowering it needs that role or a higher one");
        }
        setLevel(e, request.to(), request.reason().strip(), actor, now());
        escalations.flush();
        return EscalationResponse.of(e);
    }

    @Transactional
    public EscalationResponse pause(UUID id, String ifMatch, String reason, Actor actor) {
        Escalation e = find(id);
        checkIfPresent(ifMatch, e);
        requireActive(e);
        if (e.isPaused()) {
            throw new Conflict("already-paused", "the SLA timers are already paused since "
                    + e.openPause().get().startedAt);
        }
        OffsetDateTime now = now();
        e.pauses.add(new SlaPause(e, now, reason.strip(), actor.username()));
        record(e, TimelineEntry.of(e.id, now, TimelineKind.SLA_EVENT, Visibility.INTERNAL, actor.username(),
                "SLA timers paused: " + reason.strip()).change("running", "paused"));
        escalations.getEntityManager().lock(e, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        escalations.flush();
        return EscalationResponse.of(e);
    }

    @Transactional
    public EscalationResponse resume(UUID id, String ifMatch, String note, Actor actor) {
        Escalation e = find(id);
        checkIfPresent(ifMatch, e);
        SlaPause pause = e.openPause().orElseThrow(() ->
                new Conflict("not-paused", "the SLA timers are not paused"));
        OffsetDateTime now = now();
        pause.endedAt = now;
        Duration paused = Duration.between(pause.startedAt, now);
        record(e, TimelineEntry.of(e.id, now, TimelineKind.SLA_EVENT, Visibility.INTERNAL, actor.username(),
                "SLA timers resumed after " + paused.toMinutes() + " min paused (" + pause.reason + ")"
                        + (note == null || note.isBlank() ? "" : ": " + note.strip())).change("paused", "running"));
        escalations.getEntityManager().lock(e, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        escalations.flush();
        return EscalationResponse.of(e);
    }

    @Transactional
    public TimelineEntryResponse addUpdate(UUID id, TimelineUpdateRequest request, Actor actor) {
        Escalation e = find(id);
        requireNotClosed(e);
        TimelineEntry entry = TimelineEntry.of(e.id, now(), TimelineKind.UPDATE, request.visibility(), actor.username(),
                request.text().strip());
        entry.trend = request.trend();
        if (request.trend() != null && request.trend() != e.trend) {
            e.trend = request.trend();
        }
        record(e, entry);
        return TimelineEntryResponse.of(entry);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<TimelineEntryResponse> timeline(UUID id, Visibility visibility, TimelineKind kind, PageRequest page) {
        Escalation e = find(id);
        return Page.fromOverfetch(timeline.page(e.id, visibility, kind, page), page, TimelineEntryResponse::of);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SlaResponse sla(UUID id) {
        return SlaResponse.of(find(id), clock.instant());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public EscalationResponse get(UUID id) {
        return EscalationResponse.of(find(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<EscalationResponse> list(EscalationFilter filter, PageRequest page) {
        EscalationFilter scoped = new EscalationFilter(filter.customerId(), filter.engagementId(), filter.status(),
                filter.severity(), filter.level(), filter.owner(), filter.breached(), access.visibleCustomers());
        return Page.fromOverfetch(escalations.list(scoped, page), page, EscalationResponse::of);
    }

    /**
     * Opens a system escalation for the cause, or, when one for the same cause is still being worked on, adds the
     * signal to its timeline. Runs inside the consumer's transaction (with its inbox row).
     */
    @Transactional
    public EscalationResponse openOrAppendAutomatic(AutomaticCause cause) {
        Optional<Escalation> active = escalations.activeForCause(cause.key());
        if (active.isPresent()) {
            Escalation e = active.get();
            record(e, TimelineEntry.of(e.id, now(), TimelineKind.SIGNAL, Visibility.INTERNAL, Actor.SYSTEM.username(),
                    cause.signal()));
            return EscalationResponse.of(e);
        }
        Escalation e = newEscalation(cause.customerId(), cause.engagementId(), cause.title(), cause.description(),
                cause.severity(), cause.category(), Source.SYSTEM, accountableExecutive(cause.customerId()), Actor.SYSTEM);
        e.causeKey = cause.key();
        escalations.persist(e);
        opened(e, Actor.SYSTEM);
        return EscalationResponse.of(e);
    }

    /** Adds an informational signal to the active escalation for the cause, if there is one. */
    @Transactional
    public void noteSignal(String causeKey, String text) {
        escalations.activeForCause(causeKey).ifPresent(e -> record(e, TimelineEntry.of(e.id, now(), TimelineKind.SIGNAL,
                Visibility.INTERNAL, Actor.SYSTEM.username(), text)));
    }

    /** Changes the level, records it on the timeline and publishes EscalationLevelChanged. */
    void setLevel(Escalation e, Level to, String reason, Actor actor, OffsetDateTime now) {
        Level from = e.level;
        e.level = to;
        e.levelSetBy = actor.authority();
        record(e, TimelineEntry.of(e.id, now, TimelineKind.LEVEL_CHANGE, Visibility.INTERNAL, actor.username(),
                (to.isAbove(from) ? "Raised" : "Lowered") + " from " + from.wireName() + " to " + to.wireName() + ": " + reason)
                .change(from.wireName(), to.wireName()));
        outbox.append(EscalationEvents.AGGREGATE, e.id, EscalationEvents.LevelChanged.NAME, new EscalationEvents.LevelChanged(
                e.id, e.customerId, e.engagementId, e.severity, from, to, reason, actor.username(),
                actor.authority() == Authority.SYSTEM, now));
    }

    void record(Escalation e, TimelineEntry entry) {
        timeline.persist(entry);
    }

    private Escalation newEscalation(UUID customerId, UUID engagementId, String title, String description, Severity severity,
                                     io.adeplatform.escalation.domain.Category category, Source source, String owner,
                                     Actor actor) {
        SlaPolicy policy = policy(severity);
        Escalation e = new Escalation();
        e.id = UUID.randomUUID();
        e.customerId = customerId;
        e.engagementId = engagementId;
        e.title = title;
        e.description = description;
        e.severity = severity;
        e.category = category;
        e.source = source;
        e.owner = owner;
        e.status = EscalationStatus.OPEN;
        e.level = Level.L1;
        e.levelSetBy = actor.authority();
        e.openedAt = now();
        e.acknowledgeTargetMinutes = policy.acknowledgeMinutes;
        e.resolveTargetMinutes = policy.resolveMinutes;
        e.createdBy = actor.username();
        return e;
    }

    private void opened(Escalation e, Actor actor) {
        record(e, TimelineEntry.of(e.id, e.openedAt, TimelineKind.OPENED, Visibility.INTERNAL, actor.username(),
                "Escalation opened (" + e.severity.wireName() + ", " + e.source.wireName() + ") at " + e.level.wireName()
                        + ", owner " + e.owner + "; SLA " + e.acknowledgeTargetMinutes + " min to acknowledge, "
                        + e.resolveTargetMinutes + " min to resolve").change(null, e.status.wireName()));
        outbox.append(EscalationEvents.AGGREGATE, e.id, EscalationEvents.Opened.NAME, new EscalationEvents.Opened(
                e.id, e.customerId, e.engagementId, e.title, e.severity, e.category, e.source, e.level, e.owner, e.openedAt));
    }

    private String accountableExecutive(UUID customerId) {
        ProjectedCustomer customer = customers.findById(customerId);
        if (customer == null) {
            return Actor.SYSTEM.username();
        }
        return customer.accountTeam.stream()
                .filter(m -> "executive".equals(m.accountRole))
                .map(m -> m.username)
                .min(Comparator.naturalOrder())
                .orElse(Actor.SYSTEM.username());
    }

    private SlaPolicy policy(Severity severity) {
        SlaPolicy policy = policies.findById(severity);
        if (policy == null) {
            throw new IllegalStateException("no SLA policy for " + severity);
        }
        return policy;
    }

    /** The escalation when the caller may see its customer; the same 404 otherwise. */
    private Escalation find(UUID id) {
        Escalation e = escalations.findByIdOptional(id).orElseThrow(() -> new NotFound("escalation", id));
        if (!access.canSee(e.customerId)) {
            throw new NotFound("escalation", id);
        }
        return e;
    }

    private static void checkIfPresent(String ifMatch, Escalation e) {
        if (ifMatch != null) {
            EntityVersions.requireMatch(ifMatch, e.version);
        }
    }

    private static void requireActive(Escalation e) {
        if (!e.status.isActive()) {
            throw new Conflict("escalation-not-active",
                    "the escalation is " + e.status.wireName() + "; reopen it first");
        }
    }

    private static void requireNotClosed(Escalation e) {
        if (e.status == EscalationStatus.CLOSED) {
            throw new Conflict("escalation-closed", "the escalation is closed; reopen it first");
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
