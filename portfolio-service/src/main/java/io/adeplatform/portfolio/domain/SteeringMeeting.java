package io.adeplatform.portfolio.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A steering committee meeting; attendees, agenda, decisions and actions are kept as the JSON the meeting produced. */
@Entity
@Table(name = "steering_meeting")
public class SteeringMeeting {

    @Id
    public UUID id;

    @Column(name = "engagement_id", nullable = false)
    public UUID engagementId;

    @Column(name = "meeting_date", nullable = false)
    public LocalDate date;

    @Column(nullable = false)
    public String content;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;
}
