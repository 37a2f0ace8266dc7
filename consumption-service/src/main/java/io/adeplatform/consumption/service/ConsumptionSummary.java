package io.adeplatform.consumption.service;

import io.adeplatform.consumption.domain.ConsumptionForecast.CommitmentOutlook;
import io.adeplatform.consumption.domain.ConsumptionForecast.MonthOutlook;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Where a customer stands as of today: the month against its goal, and each commitment not ended yet. */
public record ConsumptionSummary(UUID customerId, LocalDate asOf, String currency, MonthOutlook month,
                                 List<CommitmentSummary> commitments) {

    public record CommitmentSummary(UUID commitmentId, boolean atRisk, CommitmentOutlook outlook) {
    }
}
