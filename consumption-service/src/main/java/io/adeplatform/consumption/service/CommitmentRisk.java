package io.adeplatform.consumption.service;

import io.adeplatform.consumption.config.SignalsConfig;
import io.adeplatform.consumption.domain.Commitment;
import io.adeplatform.consumption.domain.CommitmentStanding;
import io.adeplatform.consumption.domain.ConsumptionForecast;
import io.adeplatform.consumption.domain.ConsumptionForecast.CommitmentOutlook;
import io.adeplatform.consumption.domain.RiskAssessment;
import io.adeplatform.consumption.domain.UsageHistory;
import io.adeplatform.consumption.events.CommitmentAtRisk;
import io.adeplatform.consumption.persistence.CommitmentRepository;
import io.adeplatform.consumption.persistence.CommitmentStandingRepository;
import io.adeplatform.consumption.persistence.UsageQueries;
import io.adeplatform.platform.core.WireEnums;
import io.adeplatform.platform.events.OutboxWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Map;
import java.util.UUID;

/**
 * A commitment's outlook from the rollup, its risk ({@link RiskAssessment}) recorded in its {@link CommitmentStanding},
 * and CommitmentAtRisk once per crossing into {@code at-risk}.
 */
@ApplicationScoped
public class CommitmentRisk {

    @Inject
    UsageQueries usage;

    @Inject
    CommitmentRepository commitments;

    @Inject
    CommitmentStandingRepository standings;

    @Inject
    OutboxWriter outbox;

    @Inject
    SignalsConfig config;

    @Inject
    Clock clock;

    /** Consumed so far, projected end-of-term, shortfall, required daily rate and burn-down, as of {@code asOf}. */
    public CommitmentOutlook outlook(Commitment commitment, LocalDate asOf) {
        return outlook(commitment, usage.history(commitment.customerId, commitment.currencyCode(), asOf));
    }

    private CommitmentOutlook outlook(Commitment commitment, UsageHistory history) {
        String currency = commitment.currencyCode();
        LocalDate asOf = history.today();
        LocalDate consumedTo = asOf.isBefore(commitment.endDate) ? asOf : commitment.endDate;
        Map<YearMonth, BigDecimal> monthly = usage.monthly(commitment.customerId, currency, commitment.startDate, consumedTo);
        LocalDate complete = history.lastCompleteDay();
        BigDecimal completeInTerm = complete == null ? BigDecimal.ZERO : usage.cost(commitment.customerId, currency,
                commitment.startDate, complete.isBefore(commitment.endDate) ? complete : commitment.endDate);
        return ConsumptionForecast.commitment(asOf, commitment.committed(), commitment.startDate, commitment.endDate,
                monthly, complete, completeInTerm, usage.runRate(commitment.customerId, currency, history, 30));
    }

    /** A new commitment: its standing is not stored yet, so nobody else can evaluate it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void evaluateNew(Commitment commitment) {
        assess(commitment.standing);
    }

    /** After an edit of the commitment: waits for an evaluation under way elsewhere, then evaluates. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void evaluateChanged(Commitment commitment) {
        assess(standings.lock(commitment.id));
    }

    /**
     * After new usage of the customer: every commitment whose risk can still change and that nobody else is
     * evaluating at this moment (an upload never waits on, nor deadlocks with, another evaluation; one skipped here is
     * evaluated by the next scheduler tick).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void evaluateRunning(UUID customerId) {
        LocalDate today = LocalDate.now(clock);
        standings.lockFree(commitments.runningAfter(customerId, today).stream().map(c -> c.id).toList())
                .forEach(this::assess);
    }

    /**
     * Evaluates the commitment of a standing whose row lock this transaction holds (or that is new) and records it;
     * publishes CommitmentAtRisk when it has just turned at risk.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void assess(CommitmentStanding standing) {
        Commitment commitment = standing.commitment;
        OffsetDateTime now = OffsetDateTime.now(clock);
        UsageHistory history = usage.history(commitment.customerId, commitment.currencyCode(), LocalDate.now(clock));
        CommitmentOutlook outlook = outlook(commitment, history);
        RiskAssessment assessment = RiskAssessment.of(outlook, history,
                new RiskAssessment.Rules(config.minHistoryDays(), config.noUsageDays()));
        if (standing.record(assessment, now)) {
            outbox.append(CommitmentAtRisk.AGGREGATE, commitment.id, CommitmentAtRisk.NAME, new CommitmentAtRisk(
                    commitment.id, commitment.customerId, outlook.commitment(), outlook.projected(), outlook.shortfall(),
                    outlook.requiredDailyRate(), commitment.endDate,
                    assessment.reasons().stream().sorted().map(WireEnums::wireName).toList(), history.lastDay(), now));
        }
    }
}
