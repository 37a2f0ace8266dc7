package io.adeplatform.billing.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One percent-complete report of a fixed-fee line: dates its recognized revenue for the monthly forecast. */
@Entity
@Table(name = "line_progress")
public class LineProgress {

    @Id
    public UUID id;

    public UUID lineId;

    public OffsetDateTime reportedAt;

    public BigDecimal percentComplete;

    public static LineProgress of(UUID lineId, BigDecimal percentComplete, OffsetDateTime at) {
        LineProgress p = new LineProgress();
        p.id = UUID.randomUUID();
        p.lineId = lineId;
        p.percentComplete = percentComplete;
        p.reportedAt = at;
        return p;
    }
}
