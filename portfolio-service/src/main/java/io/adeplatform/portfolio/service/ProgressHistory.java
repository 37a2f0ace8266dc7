package io.adeplatform.portfolio.service;

import io.adeplatform.portfolio.domain.Engagement;
import io.adeplatform.portfolio.domain.ProgressChange;
import io.adeplatform.portfolio.persistence.ProgressChangeRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * The percent complete of an engagement as recorded by a date. Every progress change is kept with the percent
 * before it, so the percent as of a past day D is the last change recorded on or before D; when none was, it is
 * the percent before the first change after D (what held since before the history began, 0 for an engagement
 * created since); with no change recorded at all it is the current percent (no history to go back to).
 */
@ApplicationScoped
public class ProgressHistory {

    @Inject
    ProgressChangeRepository changes;

    @Inject
    Clock clock;

    /** Keeps one change of the engagement's percent complete (already applied to it). */
    public void record(Engagement e, BigDecimal previous, OffsetDateTime at, String by) {
        if (previous.compareTo(e.percentComplete) != 0) {
            changes.persist(ProgressChange.of(e, previous, at, by));
        }
    }

    /** The percent complete as recorded by the end of {@code asOf} (in the clock's zone); today or later: the current one. */
    public BigDecimal percentAsOf(Engagement e, LocalDate asOf, LocalDate today) {
        if (!asOf.isBefore(today)) {
            return e.percentComplete;
        }
        OffsetDateTime endOfDay = asOf.plusDays(1).atStartOfDay(clock.getZone()).toOffsetDateTime();
        return changes.lastBefore(e.id, endOfDay).map(c -> c.percent)
                .or(() -> changes.firstFrom(e.id, endOfDay).map(c -> c.previousPercent))
                .orElse(e.percentComplete);
    }
}
