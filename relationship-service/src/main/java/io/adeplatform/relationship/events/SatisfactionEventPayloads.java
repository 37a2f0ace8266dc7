package io.adeplatform.relationship.events;

import io.adeplatform.relationship.domain.FollowUpAction;
import io.adeplatform.relationship.domain.NpsCategory;
import io.adeplatform.relationship.domain.SatisfactionSurvey;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Payloads of relationship.satisfaction.events (type io.adeplatform.relationship.satisfaction.NAME.v1, key the
 * customer id, so one customer's answers and follow-ups arrive in order), a topic partners may read: no user names.
 * Schemas in contracts/events/relationship/satisfaction-*.
 */
public final class SatisfactionEventPayloads {

    public static final String AGGREGATE = "satisfaction";

    private SatisfactionEventPayloads() {
    }

    public record SurveyRecorded(UUID surveyId, UUID customerId, UUID engagementId, UUID stakeholderId, int csat,
                                 int nps, NpsCategory npsCategory, boolean detractor, String verbatim,
                                 LocalDate respondedOn, OffsetDateTime recordedAt) {

        public static final String NAME = "survey-recorded";

        public static SurveyRecorded of(SatisfactionSurvey s) {
            return new SurveyRecorded(s.id, s.customerId, s.engagementId, s.stakeholderId, s.csat, s.nps,
                    s.npsCategory(), s.isDetractorAnswer(), s.verbatim, s.respondedOn, s.createdAt);
        }
    }

    /** The owner is left out (a user name); partners see that someone must act, why, and by when. */
    public record DetractorFollowUpCreated(UUID followUpId, UUID surveyId, UUID customerId, UUID engagementId,
                                           UUID stakeholderId, String reason, LocalDate dueDate,
                                           OffsetDateTime createdAt) {

        public static final String NAME = "detractor-follow-up-created";

        public static DetractorFollowUpCreated of(FollowUpAction f) {
            return new DetractorFollowUpCreated(f.id, f.surveyId, f.customerId, f.engagementId, f.stakeholderId,
                    f.reason, f.dueDate, f.createdAt);
        }
    }
}
