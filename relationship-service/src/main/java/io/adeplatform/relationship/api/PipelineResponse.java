package io.adeplatform.relationship.api;

import io.adeplatform.platform.core.Money;
import io.adeplatform.relationship.domain.WeightedPipeline.QuarterPipeline;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/** The weighted pipeline by quarter, of one customer or of all the caller sees. */
public record PipelineResponse(
        @Schema(description = "The customer; absent for the pipeline across the caller's accounts") UUID customerId,
        @Schema(description = "One entry per quarter asked for, in order") List<QuarterEntry> quarters) {

    public record QuarterEntry(
            @Schema(description = "The quarter, yyyy-Qn", example = "2027-Q1") String quarter,
            @Schema(description = "Its first month", example = "2027-01") String firstMonth,
            @Schema(description = "Its last month", example = "2027-03") String lastMonth,
            @Schema(description = "Per currency (alphabetical): Σ estimated value × probability of the open "
                    + "opportunities expected to close in the quarter, rounded half-even to the currency's minor unit")
            List<Money> weighted,
            @Schema(description = "Open opportunities expected to close in the quarter", example = "3")
            int openOpportunities,
            @Schema(description = "Of those, how many have no probability yet (they add nothing)", example = "1")
            int withoutProbability) {

        static QuarterEntry from(QuarterPipeline p) {
            return new QuarterEntry(p.quarter().toString(), p.quarter().firstMonth().toString(),
                    p.quarter().lastMonth().toString(), p.weighted(), p.openOpportunities(), p.withoutProbability());
        }
    }

    static PipelineResponse of(UUID customerId, List<QuarterPipeline> quarters) {
        return new PipelineResponse(customerId, quarters.stream().map(QuarterEntry::from).toList());
    }
}
