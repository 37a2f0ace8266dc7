package io.adeplatform.consumption.api;

import io.adeplatform.consumption.domain.Commitment;
import io.adeplatform.consumption.domain.RiskReason;
import io.adeplatform.consumption.domain.RiskState;
import io.adeplatform.platform.core.Money;
import io.adeplatform.platform.http.Versioned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * A commitment with its risk as last evaluated: {@code riskState} on-track | at-risk | insufficient-data, the reasons
 * when at risk, and when it was evaluated; {@code atRisk} = riskState is at-risk.
 */
public record CommitmentResponse(UUID id, UUID customerId, Money amount, LocalDate startDate, LocalDate endDate,
                                 boolean atRisk, RiskState riskState, Set<RiskReason> riskReasons,
                                 OffsetDateTime riskEvaluatedAt, OffsetDateTime createdAt, String createdBy,
        @Schema(description = "The version, sent as the ETag; an update names it in If-Match", example = "0") long version)
        implements Versioned {

    public static CommitmentResponse from(Commitment c) {
        return new CommitmentResponse(c.id, c.customerId, c.committed().rounded(), c.startDate, c.endDate,
                c.standing.atRisk(), c.standing.state, new TreeSet<>(c.standing.reasons), c.standing.evaluatedAt,
                c.createdAt, c.createdBy, c.version);
    }
}
