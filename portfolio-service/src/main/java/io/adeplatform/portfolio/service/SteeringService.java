package io.adeplatform.portfolio.service;

import io.adeplatform.platform.core.InvalidInput;
import io.adeplatform.platform.http.Page;
import io.adeplatform.platform.http.PageRequest;
import io.adeplatform.platform.core.RuleViolation;
import io.adeplatform.portfolio.domain.DecisionEffect;
import io.adeplatform.portfolio.domain.Engagement;
import io.adeplatform.portfolio.domain.MeetingContent;
import io.adeplatform.portfolio.domain.MeetingContent.Action;
import io.adeplatform.portfolio.domain.MeetingContent.Decision;
import io.adeplatform.portfolio.domain.RaidItem;
import io.adeplatform.portfolio.domain.RaidType;
import io.adeplatform.portfolio.domain.SteeringMeeting;
import io.adeplatform.portfolio.events.EngagementEvents.SteeringMeetingHeld;
import io.adeplatform.portfolio.persistence.RaidItemRepository;
import io.adeplatform.portfolio.persistence.SteeringMeetingRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Steering committee meetings, whose decisions and actions land in the RAID log. */
@ApplicationScoped
public class SteeringService extends EngagementUseCase {

    @Inject
    SteeringMeetingRepository meetings;

    @Inject
    RaidItemRepository raid;

    @Inject
    JsonColumns json;

    /**
     * Records a meeting. Each decision closes or updates the RAID entries it names (noting the decision in their
     * history); each action item becomes an open RAID action with its owner and due date. All in one commit, with
     * SteeringMeetingHeld in the outbox.
     * {@code minutes} holds the actions without RAID ids; the stored content has them.
     */
    @Transactional
    public SteeringMeetingView record(UUID id, LocalDate date, MeetingContent minutes, String actor) {
        Engagement e = open(id);
        OffsetDateTime now = now();
        for (int i = 0; i < minutes.decisions().size(); i++) {
            apply(e, date, i, minutes.decisions().get(i), now, actor);
        }
        List<Action> actions = new ArrayList<>();
        for (Action a : minutes.actions()) {
            RaidItem item = RaidItem.open(e.id, RaidType.ACTION, a.title(), a.owner(), a.dueDate(), now, actor);
            item.description = "action from the steering committee of " + date;
            raid.persist(item);
            actions.add(new Action(item.title, item.owner, item.dueDate, item.id));
        }
        MeetingContent content = new MeetingContent(minutes.attendees(), minutes.agenda(), minutes.decisions(), actions);
        SteeringMeeting meeting = store(e, meetings, SteeringMeeting.held(e, date, json.write(content), now, actor));
        publish(e, SteeringMeetingHeld.NAME, new SteeringMeetingHeld(e.id, e.customerId, meeting.id, date, now));
        return view(meeting);
    }

    /** Decision {@code i}: closes or updates each RAID entry it names, which must be on this engagement. */
    private void apply(Engagement e, LocalDate date, int i, Decision d, OffsetDateTime now, String actor) {
        DecisionEffect effect = d.effect();
        if (!d.raidItemIds().isEmpty() && effect == null) {
            throw InvalidInput.field("decisions[" + i + "].effect",
                    "is required when the decision refers to RAID items (close or update)");
        }
        if (effect == DecisionEffect.UPDATE && d.status() == null && d.dueDate() == null) {
            throw InvalidInput.field("decisions[" + i + "]", "an update needs a status or a dueDate");
        }
        String note = "steering committee " + date + " decided: " + d.text();
        for (UUID id : d.raidItemIds()) {
            RaidItem item = raid.findOn(e.id, id).orElseThrow(() -> new RuleViolation("unknown-raid-item",
                    "decisions[" + i + "] refers to RAID item " + id + ", which is not on this engagement"));
            if (effect == DecisionEffect.CLOSE) {
                item.closeBy(note, now, actor);
            } else {
                item.updateBy(note, d.status(), d.dueDate(), now, actor);
            }
        }
    }

    /** By meeting date. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<SteeringMeetingView> list(UUID id, PageRequest page) {
        return Page.fromOverfetch(meetings.ofEngagement(visible(id).id, page), page, this::view);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SteeringMeetingView get(UUID id, UUID meetingId) {
        return view(recordOn(visible(id), meetings, "steering meeting", meetingId));
    }

    private SteeringMeetingView view(SteeringMeeting m) {
        return new SteeringMeetingView(m, json.read(m.content, MeetingContent.class));
    }
}
