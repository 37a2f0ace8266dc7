package io.adeplatform.portfolio.api;

import io.adeplatform.portfolio.domain.MeetingContent;
import io.adeplatform.portfolio.domain.SteeringMeeting;
import io.adeplatform.portfolio.service.SteeringMeetingView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A steering meeting as recorded. */
public record SteeringMeetingResponse(
        UUID id, UUID engagementId, LocalDate date, List<String> attendees, List<String> agenda,
        List<MeetingContent.Decision> decisions,
        @Schema(description = "The action items, each with the id of the RAID action it became (raidItemId)")
        List<MeetingContent.Action> actions,
        OffsetDateTime createdAt, String createdBy) {

    public static SteeringMeetingResponse from(SteeringMeetingView view) {
        SteeringMeeting m = view.meeting();
        MeetingContent c = view.content();
        return new SteeringMeetingResponse(m.id, m.engagementId, m.date, c.attendees(), c.agenda(), c.decisions(),
                c.actions(), m.createdAt, m.createdBy);
    }
}
