package io.adeplatform.portfolio.service;

import io.adeplatform.platform.core.ExpectedVersion;
import io.adeplatform.platform.core.NotFound;
import io.adeplatform.platform.security.AccountAccess;
import io.adeplatform.portfolio.domain.Engagement;
import io.adeplatform.portfolio.domain.RaidDetails;
import io.adeplatform.portfolio.domain.RaidItem;
import io.adeplatform.portfolio.domain.RaidStatus;
import io.adeplatform.portfolio.domain.RaidType;
import io.adeplatform.portfolio.persistence.EngagementRepository;
import io.adeplatform.portfolio.persistence.RaidItemRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The RAID log of an engagement: risks, assumptions, issues, dependencies, decisions and actions. */
@ApplicationScoped
public class RaidService {

    @Inject
    RaidItemRepository raid;

    @Inject
    EngagementRepository engagements;

    @Inject
    AccountAccess access;

    @Inject
    HealthService health;

    @Inject
    Clock clock;

    @Transactional
    public RaidItemView create(UUID id, RaidType type, RaidDetails details, String actor) {
        Engagement e = access.visible("engagement", id, engagements.findForUpdate(id), x -> x.customerId);
        e.requireOpen();
        RaidItem item = RaidItem.open(e.id, type, details, OffsetDateTime.now(clock), actor);
        raid.persist(item);
        return changed(e, item);
    }

    /** Applies an update (If-Match), writing each change to the entry's history. */
    @Transactional
    public RaidItemView update(UUID id, UUID itemId, ExpectedVersion expected, RaidDetails details,
                               RaidStatus status, String actor) {
        Engagement e = access.visible("engagement", id, engagements.findForUpdate(id), x -> x.customerId);
        e.requireOpen();
        RaidItem item = find(e, itemId);
        expected.check(item.version);
        if (!item.revise(details, status, OffsetDateTime.now(clock), actor)) {
            return view(item, health.today());
        }
        return changed(e, item);
    }

    /** Turns an open risk into an issue: same entry, same id, history kept, conversion recorded. */
    @Transactional
    public RaidItemView convert(UUID id, UUID itemId, String actor) {
        Engagement e = access.visible("engagement", id, engagements.findForUpdate(id), x -> x.customerId);
        e.requireOpen();
        RaidItem item = find(e, itemId);
        item.convertToIssue(OffsetDateTime.now(clock), actor);
        return changed(e, item);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public RaidItemView get(UUID id, UUID itemId) {
        Engagement e = access.visible("engagement", id, engagements.findById(id), x -> x.customerId);
        return view(find(e, itemId), health.today());
    }

    /** Oldest first, narrowed to a type and/or status when given. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RaidItemView> list(UUID id, RaidType type, RaidStatus status) {
        Engagement e = access.visible("engagement", id, engagements.findById(id), x -> x.customerId);
        LocalDate today = health.today();
        return raid.ofEngagement(e.id, type, status).stream().map(r -> view(r, today)).toList();
    }

    /** Actions not closed whose due date has passed, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RaidItemView> overdueActions(UUID id) {
        Engagement e = access.visible("engagement", id, engagements.findById(id), x -> x.customerId);
        LocalDate today = health.today();
        return raid.overdueActions(e.id, today).stream().map(r -> view(r, today)).toList();
    }

    /** After a change the RAG rules read: health refreshed, the change written, the entry as it now is. */
    private RaidItemView changed(Engagement e, RaidItem item) {
        health.refresh(e);
        raid.flush();
        return view(item, health.today());
    }

    private RaidItem find(Engagement e, UUID itemId) {
        return raid.findOn(e.id, itemId).orElseThrow(() -> new NotFound("RAID item", itemId));
    }

    private static RaidItemView view(RaidItem item, LocalDate today) {
        return new RaidItemView(item, item.isOverdue(today));
    }
}
