package io.adeplatform.portfolio.service;

import io.adeplatform.platform.core.ExpectedVersion;
import io.adeplatform.platform.http.Page;
import io.adeplatform.platform.http.PageRequest;
import io.adeplatform.portfolio.domain.Engagement;
import io.adeplatform.portfolio.domain.RaidDetails;
import io.adeplatform.portfolio.domain.RaidItem;
import io.adeplatform.portfolio.domain.RaidStatus;
import io.adeplatform.portfolio.domain.RaidTarget;
import io.adeplatform.portfolio.domain.RaidType;
import io.adeplatform.portfolio.persistence.RaidItemRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.function.BiPredicate;

/** The RAID log of an engagement: risks, assumptions, issues, dependencies, decisions and actions. */
@ApplicationScoped
public class RaidService extends EngagementUseCase {

    @Inject
    RaidItemRepository raid;

    @Transactional
    public RaidItemView create(UUID id, RaidType type, RaidDetails details, String actor) {
        Engagement e = open(id);
        return view(store(e, raid, RaidItem.open(e.id, type, details, now(), actor)));
    }

    /** Applies an update of the details (If-Match), writing each change to the entry's history. */
    @Transactional
    public RaidItemView update(UUID id, UUID itemId, ExpectedVersion expected, RaidDetails details, String actor) {
        return change(id, itemId, expected, (item, now) -> item.revise(details, now, actor));
    }

    /**
     * Moves the entry (If-Match) to another status, or turns an open risk into an issue (same entry and id, history
     * kept, conversion recorded).
     */
    @Transactional
    public RaidItemView transition(UUID id, UUID itemId, ExpectedVersion expected, RaidTarget to, String reason,
                                   String actor) {
        return change(id, itemId, expected, (item, now) -> {
            item.moveTo(to, reason, now, actor);
            return true;
        });
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public RaidItemView get(UUID id, UUID itemId) {
        return view(item(visible(id), itemId));
    }

    /** Oldest first, narrowed to a type and/or status when given. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<RaidItemView> list(UUID id, RaidType type, RaidStatus status, PageRequest page) {
        return Page.fromOverfetch(raid.ofEngagement(visible(id).id, type, status, page), page, this::view);
    }

    /** Actions not closed whose due date has passed, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<RaidItemView> overdueActions(UUID id, PageRequest page) {
        return Page.fromOverfetch(raid.overdueActions(visible(id).id, health.today(), page), page, this::view);
    }

    /** A change of an entry at the version the client saw; the health is refreshed when the change did something. */
    private RaidItemView change(UUID id, UUID itemId, ExpectedVersion expected,
                                BiPredicate<RaidItem, OffsetDateTime> change) {
        Engagement e = locked(id);
        RaidItem item = item(e, itemId);
        expected.check(item.version);
        e.requireOpen();
        if (change.test(item, now())) {
            changed(e);
        }
        return view(item);
    }

    private RaidItem item(Engagement e, UUID itemId) {
        return recordOn(e, raid, "RAID item", itemId);
    }

    private RaidItemView view(RaidItem item) {
        return new RaidItemView(item, item.isOverdue(health.today()));
    }
}
