package io.adeplatform.portfolio.service;

import io.adeplatform.platform.core.NotFound;
import io.adeplatform.platform.core.Conflict;
import io.adeplatform.platform.core.InvalidInput;
import io.adeplatform.platform.core.FieldError;
import io.adeplatform.platform.http.EntityVersions;
import io.adeplatform.portfolio.api.WorkDtos.RaidRequest;
import io.adeplatform.portfolio.api.WorkDtos.RaidResponse;
import io.adeplatform.portfolio.api.WorkDtos.RaidUpdateRequest;
import io.adeplatform.portfolio.domain.Engagement;
import io.adeplatform.portfolio.domain.RaidItem;
import io.adeplatform.portfolio.domain.RaidStatus;
import io.adeplatform.portfolio.domain.RaidType;
import io.adeplatform.portfolio.persistence.RaidItemRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

@ApplicationScoped
public class RaidService {

    @Inject
    RaidItemRepository raid;

    @Inject
    EngagementLookup lookup;

    @Inject
    HealthService health;

    @Inject
    Clock clock;

    @Transactional
    public RaidResponse create(UUID engagementId, RaidRequest r, String actor) {
        Engagement e = lookup.visibleForUpdate(engagementId);
        MilestoneService.requireOpen(e);
        validate(r.type(), r.probability(), r.impact(), r.dueDate());
        RaidItem item = newItem(e, r.type(), r.title(), r.owner(), r.dueDate(), actor);
        item.description = r.description();
        item.category = blankToNull(r.category());
        item.probability = r.probability();
        item.impact = r.impact();
        raid.persist(item);
        health.refresh(e);
        raid.flush();
        return RaidResponse.of(item, health.today());
    }

    /** A new open entry with its first history line; the caller persists it. */
    RaidItem newItem(Engagement e, RaidType type, String title, String owner, LocalDate dueDate, String actor) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        RaidItem item = new RaidItem();
        item.id = UUID.randomUUID();
        item.engagementId = e.id;
        item.type = type;
        item.title = title.strip();
        item.owner = owner.strip();
        item.dueDate = dueDate;
        item.status = RaidStatus.OPEN;
        item.createdAt = now;
        item.createdBy = actor;
        item.record(now, actor, "created as " + type.wireName());
        return item;
    }

    @Transactional
    public RaidResponse update(UUID engagementId, UUID itemId, String ifMatch, RaidUpdateRequest r, String actor) {
        Engagement e = lookup.visibleForUpdate(engagementId);
        MilestoneService.requireOpen(e);
        RaidItem item = find(e, itemId);
        EntityVersions.requireMatch(ifMatch, item.version);
        validate(item.type, r.probability(), r.impact(), r.dueDate());
        List<String> changes = new ArrayList<>();
        change(changes, "title", item.title, r.title().strip());
        change(changes, "description", item.description, r.description());
        change(changes, "category", item.category, blankToNull(r.category()));
        change(changes, "owner", item.owner, r.owner().strip());
        change(changes, "due date", item.dueDate, r.dueDate());
        change(changes, "status", item.status == null ? null : item.status.wireName(), r.status().wireName());
        change(changes, "probability", item.probability, r.probability());
        change(changes, "impact", item.impact, r.impact());
        if (changes.isEmpty()) {
            return RaidResponse.of(item, health.today());
        }
        item.title = r.title().strip();
        item.description = r.description();
        item.category = blankToNull(r.category());
        item.owner = r.owner().strip();
        item.dueDate = r.dueDate();
        item.status = r.status();
        item.probability = r.probability();
        item.impact = r.impact();
        item.record(OffsetDateTime.now(clock), actor, String.join("; ", changes));
        health.refresh(e);
        raid.flush();
        return RaidResponse.of(item, health.today());
    }

    /** Turns an open risk into an issue: same entry, same id, history kept, conversion recorded. */
    @Transactional
    public RaidResponse convert(UUID engagementId, UUID itemId, String actor) {
        Engagement e = lookup.visibleForUpdate(engagementId);
        MilestoneService.requireOpen(e);
        RaidItem item = find(e, itemId);
        if (item.type != RaidType.RISK) {
            throw new Conflict("not-a-risk", "only a risk can be converted into an issue; this is a "
                    + item.type.wireName());
        }
        if (item.status == RaidStatus.CLOSED) {
            throw new Conflict("raid-closed", "a closed risk cannot be converted");
        }
        item.convertedFrom = RaidType.RISK;
        item.type = RaidType.ISSUE;
        item.record(OffsetDateTime.now(clock), actor, "converted from risk to issue (the risk materialised)");
        health.refresh(e);
        raid.flush();
        return RaidResponse.of(item, health.today());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public RaidResponse get(UUID engagementId, UUID itemId) {
        return RaidResponse.of(find(lookup.visible(engagementId), itemId), health.today());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RaidResponse> list(UUID engagementId, RaidType type, RaidStatus status) {
        Engagement e = lookup.visible(engagementId);
        StringBuilder query = new StringBuilder("engagementId = :e");
        Parameters p = Parameters.with("e", e.id);
        if (type != null) {
            query.append(" and type = :type");
            p.and("type", type);
        }
        if (status != null) {
            query.append(" and status = :status");
            p.and("status", status);
        }
        LocalDate today = health.today();
        return raid.list(query.toString(), Sort.by("createdAt").and("id"), p).stream()
                .map(r -> RaidResponse.of(r, today)).toList();
    }

    /** Actions not closed whose due date has passed, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RaidResponse> overdueActions(UUID engagementId) {
        Engagement e = lookup.visible(engagementId);
        LocalDate today = health.today();
        return raid.list("engagementId = ?1 and type = ?2 and status <> ?3 and dueDate < ?4",
                        Sort.by("dueDate").and("id"), e.id, RaidType.ACTION, RaidStatus.CLOSED, today)
                .stream().map(r -> RaidResponse.of(r, today)).toList();
    }

    RaidItem find(Engagement e, UUID itemId) {
        RaidItem item = raid.findById(itemId);
        if (item == null || !item.engagementId.equals(e.id)) {
            throw new NotFound("RAID item", itemId);
        }
        return item;
    }

    static void validate(RaidType type, Integer probability, Integer impact, LocalDate dueDate) {
        List<FieldError> errors = new ArrayList<>();
        if (type == RaidType.RISK) {
            if (probability == null) {
                errors.add(new FieldError("probability", "is required for a risk (1-5)"));
            }
            if (impact == null) {
                errors.add(new FieldError("impact", "is required for a risk (1-5)"));
            }
        }
        if (type == RaidType.ACTION && dueDate == null) {
            errors.add(new FieldError("dueDate", "is required for an action"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput("the request has invalid fields", errors);
        }
    }

    private static void change(List<String> changes, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.add(field + ": " + before + " → " + after);
        }
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
