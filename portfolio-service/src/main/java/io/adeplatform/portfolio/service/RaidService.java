package io.adeplatform.portfolio.service;

import io.adeplatform.platform.core.ExpectedVersion;
import io.adeplatform.portfolio.domain.Engagement;
import io.adeplatform.portfolio.domain.RaidDetails;
import io.adeplatform.portfolio.domain.RaidItem;
import io.adeplatform.portfolio.domain.RaidStatus;
import io.adeplatform.portfolio.domain.RaidType;
import io.adeplatform.portfolio.persistence.RaidItemRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.UUID;

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

    /** Applies an update (If-Match), writing each change to the entry's history. */
    @Transactional
    public RaidItemView update(UUID id, UUID itemId, ExpectedVersion expected, RaidDetails details,
                               RaidStatus status, String actor) {
        Engagement e = open(id);
        RaidItem item = item(e, itemId);
        expected.check(item.version);
        if (item.revise(details, status, now(), actor)) {
            changed(e);
        }
        return view(item);
    }

    /** Turns an open risk into an issue: same entry, same id, history kept, conversion recorded. */
    @Transactional
    public RaidItemView convert(UUID id, UUID itemId, String actor) {
        Engagement e = open(id);
        RaidItem item = item(e, itemId);
        item.convertToIssue(now(), actor);
        changed(e);
        return view(item);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public RaidItemView get(UUID id, UUID itemId) {
        return view(item(visible(id), itemId));
    }

    /** Oldest first, narrowed to a type and/or status when given. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RaidItemView> list(UUID id, RaidType type, RaidStatus status) {
        return raid.ofEngagement(visible(id).id, type, status).stream().map(this::view).toList();
    }

    /** Actions not closed whose due date has passed, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RaidItemView> overdueActions(UUID id) {
        return raid.overdueActions(visible(id).id, health.today()).stream().map(this::view).toList();
    }

    private RaidItem item(Engagement e, UUID itemId) {
        return recordOn(e, raid, "RAID item", itemId);
    }

    private RaidItemView view(RaidItem item) {
        return new RaidItemView(item, item.isOverdue(health.today()));
    }
}
