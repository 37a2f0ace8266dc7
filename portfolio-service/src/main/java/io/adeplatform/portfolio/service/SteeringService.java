package io.adeplatform.portfolio.service;

import io.adeplatform.platform.core.NotFound;
import io.adeplatform.platform.core.RuleViolation;
import io.adeplatform.platform.core.InvalidInput;
import io.adeplatform.platform.core.FieldError;
import io.adeplatform.portfolio.api.WorkDtos.Action;
import io.adeplatform.portfolio.api.WorkDtos.ActionRequest;
import io.adeplatform.portfolio.api.WorkDtos.Decision;
import io.adeplatform.portfolio.api.WorkDtos.DecisionRequest;
import io.adeplatform.portfolio.api.WorkDtos.MeetingContent;
import io.adeplatform.portfolio.api.WorkDtos.SteeringMeetingRequest;
import io.adeplatform.portfolio.api.WorkDtos.SteeringMeetingResponse;
import io.adeplatform.portfolio.domain.DecisionEffect;
import io.adeplatform.portfolio.domain.Engagement;
import io.adeplatform.portfolio.domain.RaidItem;
import io.adeplatform.portfolio.domain.RaidStatus;
import io.adeplatform.portfolio.domain.RaidType;
import io.adeplatform.portfolio.domain.SteeringMeeting;
import io.adeplatform.portfolio.persistence.RaidItemRepository;
import io.adeplatform.portfolio.persistence.SteeringMeetingRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class SteeringService {

    @Inject
    SteeringMeetingRepository meetings;

    @Inject
    RaidItemRepository raid;

    @Inject
    RaidService raidService;

    @Inject
    EngagementLookup lookup;

    @Inject
    HealthService health;

    @Inject
    Clock clock;

    /**
     * Records a meeting. Each decision closes or updates the RAID entries it names (noting the decision in their
     * history); each action item becomes an open RAID action with its owner and due date. All in one commit.
     */
    @Transactional
    public SteeringMeetingResponse record(UUID engagementId, SteeringMeetingRequest r, String actor) {
        Engagement e = lookup.visibleForUpdate(engagementId);
        MilestoneService.requireOpen(e);
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<Decision> decisions = new ArrayList<>();
        List<DecisionRequest> requested = r.decisions() == null ? List.of() : r.decisions();
        for (int i = 0; i < requested.size(); i++) {
            DecisionRequest d = requested.get(i);
            List<UUID> ids = d.raidItemIds() == null ? List.of() : d.raidItemIds();
            DecisionEffect effect = d.effect();
            if (!ids.isEmpty() && effect == null) {
                throw new InvalidInput("the request has invalid fields", List.of(new FieldError(
                        "decisions[" + i + "].effect", "is required when the decision refers to RAID items (close or update)")));
            }
            if (effect == DecisionEffect.UPDATE && d.status() == null && d.dueDate() == null) {
                throw new InvalidInput("the request has invalid fields", List.of(new FieldError(
                        "decisions[" + i + "]", "an update needs a status or a dueDate")));
            }
            for (UUID id : ids) {
                RaidItem item = raid.findById(id);
                if (item == null || !item.engagementId.equals(e.id)) {
                    throw new RuleViolation("unknown-raid-item",
                            "decisions[" + i + "] refers to RAID item " + id + ", which is not on this engagement");
                }
                String note = "steering committee " + r.date() + " decided: " + d.text();
                if (effect == DecisionEffect.CLOSE) {
                    item.status = RaidStatus.CLOSED;
                    item.record(now, actor, note + " → closed");
                } else {
                    List<String> changes = new ArrayList<>();
                    if (d.status() != null) {
                        changes.add("status: " + item.status.wireName() + " → " + d.status().wireName());
                        item.status = d.status();
                    }
                    if (d.dueDate() != null) {
                        changes.add("due date: " + item.dueDate + " → " + d.dueDate());
                        item.dueDate = d.dueDate();
                    }
                    item.record(now, actor, note + " → " + String.join("; ", changes));
                }
            }
            decisions.add(new Decision(d.text(), ids, effect, d.status(), d.dueDate()));
        }
        List<Action> actions = new ArrayList<>();
        for (ActionRequest a : r.actions() == null ? List.<ActionRequest>of() : r.actions()) {
            RaidItem item = raidService.newItem(e, RaidType.ACTION, a.title(), a.owner(), a.dueDate(), actor);
            item.description = "action from the steering committee of " + r.date();
            raid.persist(item);
            actions.add(new Action(item.title, item.owner, item.dueDate, item.id));
        }
        SteeringMeeting m = new SteeringMeeting();
        m.id = UUID.randomUUID();
        m.engagementId = e.id;
        m.date = r.date();
        m.content = health.json(new MeetingContent(List.copyOf(r.attendees()),
                r.agenda() == null ? List.of() : List.copyOf(r.agenda()), decisions, actions));
        m.createdAt = now;
        m.createdBy = actor;
        meetings.persist(m);
        health.refresh(e);
        meetings.flush();
        return response(m);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SteeringMeetingResponse> list(UUID engagementId) {
        Engagement e = lookup.visible(engagementId);
        return meetings.list("engagementId", Sort.by("date").and("createdAt"), e.id).stream().map(this::response).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SteeringMeetingResponse get(UUID engagementId, UUID meetingId) {
        Engagement e = lookup.visible(engagementId);
        SteeringMeeting m = meetings.findById(meetingId);
        if (m == null || !m.engagementId.equals(e.id)) {
            throw new NotFound("steering meeting", meetingId);
        }
        return response(m);
    }

    private SteeringMeetingResponse response(SteeringMeeting m) {
        MeetingContent c = health.read(m.content, MeetingContent.class);
        return new SteeringMeetingResponse(m.id, m.engagementId, m.date, c.attendees(), c.agenda(), c.decisions(),
                c.actions(), m.createdAt, m.createdBy);
    }
}
