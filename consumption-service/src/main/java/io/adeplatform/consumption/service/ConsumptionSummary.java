package io.adeplatform.consumption.service;

import io.adeplatform.consumption.domain.Commitment;
import io.adeplatform.consumption.domain.ConsumptionForecast.CommitmentOutlook;
import io.adeplatform.consumption.domain.ConsumptionForecast.MonthOutlook;
import io.adeplatform.consumption.domain.RiskReason;
import io.adeplatform.consumption.domain.RiskState;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Where a customer stands as of today: the month against its goal, and each commitment not ended yet. */
public record ConsumptionSummary(UUID customerId, LocalDate asOf, String currency, MonthOutlook month,
                                 List<CommitmentSummary> commitments) {

    /** A commitment's outlook as of now, and its risk as last evaluated (after ingestion, an edit or a tick). */
    public record CommitmentSummary(UUID commitmentId, boolean atRisk, RiskState riskState, Set<RiskReason> riskReasons,
                                    CommitmentOutlook outlook) {

        static CommitmentSummary of(Commitment commitment, CommitmentOutlook outlook) {
            return new CommitmentSummary(commitment.id, commitment.standing.atRisk(), commitment.standing.state,
                    commitment.standing.reasons, outlook);
        }
    }
}
