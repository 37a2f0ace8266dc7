package io.adeplatform.relationship.domain;

import io.adeplatform.platform.core.Conflict;
import io.adeplatform.platform.core.CustomerRecord;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** What a detractor answer obliges the account team to do: an owner calls the stakeholder back by the due date. */
@Entity
@Table(name = "satisfaction_follow_up")
public class FollowUpAction extends CustomerRecord {

    public UUID surveyId;

    public UUID engagementId;

    public UUID stakeholderId;

    public String reason;

    public String owner;

    public LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    public FollowUpStatus status;

    public String note;

    public OffsetDateTime closedAt;

    public String closedBy;

    @Version
    public long version;

    /** The follow-up of a detractor answer, open, due {@code dueInDays} days after the answer was recorded (UTC). */
    public static FollowUpAction forDetractor(SatisfactionSurvey survey, String owner, int dueInDays, String by,
                                              OffsetDateTime now) {
        FollowUpAction f = new FollowUpAction();
        f.created(survey.customerId, by, now);
        f.surveyId = survey.id;
        f.engagementId = survey.engagementId;
        f.stakeholderId = survey.stakeholderId;
        f.reason = survey.detractorReason();
        f.owner = owner;
        f.dueDate = now.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate().plusDays(dueInDays);
        f.status = FollowUpStatus.OPEN;
        return f;
    }

    /** A move its state machine allows (409 illegal-transition otherwise); closing records who and when. */
    public void moveTo(FollowUpStatus next, String note, String by, OffsetDateTime at) {
        if (!status.targets().contains(next)) {
            throw Conflict.illegalTransition(status, next, status.targets().stream().sorted().toList());
        }
        status = next;
        if (note != null && !note.isBlank()) {
            this.note = note.strip();
        }
        if (next.isClosed()) {
            closedAt = at;
            closedBy = by;
        }
    }
}
