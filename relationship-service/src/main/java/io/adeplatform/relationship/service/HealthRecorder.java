package io.adeplatform.relationship.service;

import io.adeplatform.platform.events.OutboxWriter;
import io.adeplatform.relationship.domain.Coverage;
import io.adeplatform.relationship.domain.HealthCalculator;
import io.adeplatform.relationship.domain.HealthFacts;
import io.adeplatform.relationship.domain.Stakeholder;
import io.adeplatform.relationship.events.CustomerEventPayloads;
import io.adeplatform.relationship.events.CustomerEventPayloads.HealthChanged;
import io.adeplatform.relationship.persistence.CustomerRepository;
import io.adeplatform.relationship.persistence.HealthQueries;
import io.adeplatform.relationship.persistence.InteractionRepository;
import io.adeplatform.relationship.persistence.SatisfactionSurveyRepository;
import io.adeplatform.relationship.persistence.StakeholderRepository;
import io.adeplatform.relationship.service.cadence.CadenceCalculation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * Recomputes a customer's relationship health inside the transaction that changed its facts (or looked at it):
 * a score that differs from the last recorded one is appended to the history, a changed band publishes
 * RelationshipHealthChanged in the same commit.
 */
@ApplicationScoped
public class HealthRecorder {

    @Inject
    CustomerRepository customers;

    @Inject
    StakeholderRepository stakeholders;

    @Inject
    InteractionRepository interactions;

    @Inject
    HealthQueries health;

    @Inject
    SatisfactionSurveyRepository surveys;

    @Inject
    OutboxWriter outbox;

    @Inject
    CadenceCalculation cadence;

    @Inject
    Clock clock;

    /** After a change of the customer's stakeholders or interactions: flushed first, so the computation sees it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void factsChanged(UUID customerId) {
        customers.flush();
        refresh(customerId);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public HealthView refresh(UUID customerId) {
        customers.lockForHealthRefresh(customerId);
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        HealthCalculator.Assessment assessment = HealthCalculator.assess(facts(customerId, now.toLocalDate()).inputs(now));
        health.latest(customerId).ifPresentOrElse(last -> {
            if (last.score() != assessment.score()) {
                health.append(customerId, now, assessment);
            }
            if (last.band() != assessment.band()) {
                outbox.append(CustomerEventPayloads.AGGREGATE, customerId, HealthChanged.NAME,
                        new HealthChanged(customerId, last.band(), assessment.band(), assessment.score(), now));
            }
        }, () -> health.append(customerId, now, assessment));
        return new HealthView(customerId, assessment, now);
    }

    /** Coverage of key roles: the stakeholders and their last contacts, the part of the facts it needs. */
    Coverage.Result coverage(UUID customerId, LocalDate today) {
        return Coverage.of(stakeholders.ofCustomer(customerId), interactions.lastContacts(customerId), today);
    }

    /**
     * What a customer's health is computed from: its stakeholders, contacts, the other services' signals and the
     * survey answers recent enough to count, and its cadence items as of today.
     */
    HealthFacts facts(UUID customerId, LocalDate today) {
        List<Stakeholder> all = stakeholders.ofCustomer(customerId);
        return new HealthFacts(all, interactions.lastContacts(customerId),
                interactions.datesInvolving(customerId, HealthFacts.executives(all)), health.signals(customerId),
                surveys.scores(customerId, null, today.minusDays(HealthFacts.SATISFACTION_DAYS)),
                cadence.ofCustomer(customerId, today));
    }
}
