package io.adeplatform.consumption.api;

import io.adeplatform.consumption.domain.Commitment;
import io.adeplatform.platform.core.Money;
import io.adeplatform.platform.http.Versioned;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

public record CommitmentResponse(UUID id, UUID customerId, Money amount, LocalDate startDate, LocalDate endDate,
                                 boolean atRisk, OffsetDateTime createdAt, String createdBy, long version)
        implements Versioned {

    public static CommitmentResponse from(Commitment c) {
        return new CommitmentResponse(c.id, c.customerId, c.committed().rounded(), c.startDate, c.endDate, c.atRisk,
                c.createdAt, c.createdBy, c.version);
    }
}
