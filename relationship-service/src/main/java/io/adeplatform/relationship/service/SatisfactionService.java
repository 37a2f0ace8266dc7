package io.adeplatform.relationship.service;

import io.adeplatform.platform.core.CustomerRecord;
import io.adeplatform.platform.events.OutboxWriter;
import io.adeplatform.platform.http.Page;
import io.adeplatform.platform.http.PageRequest;
import io.adeplatform.relationship.domain.SatisfactionSummary;
import io.adeplatform.relationship.domain.SatisfactionSurvey;
import io.adeplatform.relationship.domain.SatisfactionTrend;
import io.adeplatform.relationship.domain.SurveyAnswer;
import io.adeplatform.relationship.domain.SurveyScore;
import io.adeplatform.relationship.events.SatisfactionEventPayloads;
import io.adeplatform.relationship.events.SatisfactionEventPayloads.SurveyRecorded;
import io.adeplatform.relationship.persistence.SatisfactionSurveyRepository;
import io.adeplatform.relationship.persistence.StakeholderRepository;
import io.adeplatform.platform.references.References;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * Recording satisfaction survey answers and reading them, one by one and as a monthly trend. An answer is published,
 * a detractor answer opens its follow-up, and the customer's health is recomputed, all in the answer's transaction.
 */
@ApplicationScoped
public class SatisfactionService extends CustomerUseCase {

    /** The longest trend one request may ask for. */
    public static final int MAX_TREND_MONTHS = 36;

    @Inject
    SatisfactionSurveyRepository surveys;

    @Inject
    StakeholderRepository stakeholders;

    @Inject
    FollowUpService followUps;

    @Inject
    OutboxWriter outbox;

    @Inject
    HealthRecorder health;

    @Inject
    References references;

    /**
     * Records an answer of a stakeholder of this customer (422 unknown-stakeholder otherwise) about, optionally, an
     * engagement of this customer (422 unknown-engagement otherwise, from the shared reference projection of
     * portfolio's events: another customer's engagement is answered like one that does not exist).
     */
    @Transactional
    public SatisfactionSurvey record(UUID customerId, SurveyAnswer answer, String by) {
        access.changeable(customerId);
        access.referenced("stakeholder", answer.stakeholderId(), stakeholders.findById(answer.stakeholderId()), customerId);
        references.requireEngagement(answer.engagementId(), customerId);
        SatisfactionSurvey survey = SatisfactionSurvey.record(customerId, answer, by, now());
        surveys.persist(survey);
        outbox.append(SatisfactionEventPayloads.AGGREGATE, customerId, SurveyRecorded.NAME, SurveyRecorded.of(survey));
        if (survey.isDetractorAnswer()) {
            followUps.openFor(survey, by, now());
        }
        health.factsChanged(customerId);
        return survey;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SatisfactionSurvey get(UUID customerId, UUID id) {
        access.visible(customerId);
        return CustomerRecord.ofCustomer(surveys.findById(id), customerId, "satisfaction survey", id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<SatisfactionSurvey> list(UUID customerId, UUID engagementId, UUID stakeholderId, LocalDate from,
                                         LocalDate to, PageRequest page) {
        access.visible(customerId);
        return Page.fromOverfetch(surveys.page(customerId, engagementId, stakeholderId, from, to, page), page,
                Function.identity());
    }

    /** The last {@code months} calendar months (UTC, this one included), of one engagement when given. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SatisfactionTrendView trend(UUID customerId, UUID engagementId, int months) {
        access.visible(customerId);
        YearMonth last = YearMonth.now(clock.withZone(ZoneOffset.UTC));
        YearMonth first = last.minusMonths(months - 1L);
        List<SurveyScore> scores = surveys.scores(customerId, engagementId, first.atDay(1)).stream()
                .filter(s -> !YearMonth.from(s.respondedOn()).isAfter(last)).toList();
        return new SatisfactionTrendView(customerId, engagementId, first, last,
                SatisfactionTrend.monthly(scores, first, last), SatisfactionSummary.of(scores));
    }
}
