package io.adeplatform.portfolio.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A steering committee meeting; attendees, agenda, decisions and actions are kept as the JSON the meeting produced. */
@Entity
@Table(name = "steering_meeting")
public class SteeringMeeting extends EngagementRecord {

    @Column(name = "meeting_date")
    public LocalDate date;

    public String content;

    /** A meeting held on {@code date}, with its {@link MeetingContent} as JSON. */
    public static SteeringMeeting held(Engagement e, LocalDate date, String content, OffsetDateTime at, String by) {
        SteeringMeeting m = new SteeringMeeting();
        m.createdOn(e.id, at, by);
        m.date = date;
        m.content = content;
        return m;
    }
}
