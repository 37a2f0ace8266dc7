package io.adeplatform.consumption.service;

import io.adeplatform.consumption.domain.Commitment;
import io.adeplatform.consumption.domain.ConsumptionForecast;
import io.adeplatform.consumption.domain.ConsumptionForecast.CommitmentOutlook;
import io.adeplatform.consumption.events.CommitmentAtRisk;
import io.adeplatform.consumption.persistence.CommitmentRepository;
import io.adeplatform.consumption.persistence.UsageQueries;
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

/** A commitment's outlook from the rollup, and CommitmentAtRisk once per crossing of a projected shortfall. */
@ApplicationScoped
public class CommitmentRisk {

    @Inject
    UsageQueries usage;

    @Inject
    CommitmentRepository commitments;

    @Inject
    OutboxWriter outbox;

    @Inject
    Clock clock;

    /** Consumed so far, projected end-of-term, shortfall, required daily rate and burn-down, as of {@code asOf}. */
    public CommitmentOutlook outlook(Commitment commitment, LocalDate asOf) {
        String currency = commitment.currencyCode();
        LocalDate consumedTo = asOf.isBefore(commitment.endDate) ? asOf : commitment.endDate;
        Map<YearMonth, BigDecimal> monthly = usage.monthly(commitment.customerId, currency, commitment.startDate, consumedTo);
        BigDecimal last30 = usage.cost(commitment.customerId, currency, asOf.minusDays(29), asOf);
        return ConsumptionForecast.commitment(asOf, commitment.committed(), commitment.startDate, commitment.endDate,
                monthly, last30);
    }

    /**
     * Re-evaluates a commitment: publishes CommitmentAtRisk when the projected shortfall turns positive (see
     * {@link Commitment#recordRisk}). Runs inside the caller's transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void evaluate(Commitment commitment) {
        CommitmentOutlook outlook = outlook(commitment, LocalDate.now(clock));
        if (commitment.recordRisk(outlook.atRisk())) {
            outbox.append(CommitmentAtRisk.AGGREGATE, commitment.id, CommitmentAtRisk.NAME, new CommitmentAtRisk(
                    commitment.id, commitment.customerId, outlook.commitment(), outlook.projected(), outlook.shortfall(),
                    outlook.requiredDailyRate(), commitment.endDate, OffsetDateTime.now(clock)));
        }
    }

    /** After new usage of the customer: every commitment whose risk can still change. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void evaluateRunning(UUID customerId) {
        for (Commitment commitment : commitments.runningAfter(customerId, LocalDate.now(clock))) {
            evaluate(commitment);
        }
    }
}
