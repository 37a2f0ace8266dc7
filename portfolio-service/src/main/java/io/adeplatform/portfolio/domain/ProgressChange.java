package io.adeplatform.portfolio.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * One change of an engagement's percent complete, kept so earned value can be computed as of an earlier date. The
 * percent before the change is kept too: the first recorded change tells what the percent was before the history
 * began.
 */
@Entity
@Table(name = "progress_change")
public class ProgressChange extends EngagementRecord {

    public BigDecimal previousPercent;

    public BigDecimal percent;

    public static ProgressChange of(Engagement e, BigDecimal previous, OffsetDateTime at, String by) {
        ProgressChange c = new ProgressChange();
        c.createdOn(e.id, at, by);
        c.previousPercent = previous;
        c.percent = e.percentComplete;
        return c;
    }
}
