package io.adeplatform.consumption.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * What is known of a customer's usage in one currency, as of {@code today} (UTC). A day is <b>complete</b> once it has
 * ended: every day before today. Today is partial (exports rarely contain it, the partner feed only part of it), so
 * run-rates and forecasts use the last complete days <b>with data</b>, ending on {@link #lastCompleteDay}: days after
 * it are not counted as zero, they are forecast.
 *
 * @param firstDay        the first day with usage, or null when there is none
 * @param lastCompleteDay the last day before today with usage, or null when there is none
 * @param lastDay         the last day with usage at all (may be today), or null
 */
public record UsageHistory(LocalDate today, LocalDate firstDay, LocalDate lastCompleteDay, LocalDate lastDay) {

    /** The days a run-rate over {@code n} days averages: the n complete days with data ending on the last one. */
    public record Window(LocalDate from, LocalDate to) {

        public long days() {
            return ChronoUnit.DAYS.between(from, to) + 1;
        }
    }

    public static UsageHistory none(LocalDate today) {
        return new UsageHistory(today, null, null, null);
    }

    /**
     * The n days ending on the last complete day with data, never before the first day with usage (a customer with
     * ten days of history has a ten-day window); null when there is no complete day with data.
     */
    public Window window(int n) {
        if (lastCompleteDay == null) {
            return null;
        }
        LocalDate from = lastCompleteDay.minusDays(n - 1L);
        return new Window(from.isBefore(firstDay) ? firstDay : from, lastCompleteDay);
    }

    /** Complete days since the first day with usage (that day included): 0 without usage. */
    public long historyDays() {
        return firstDay == null ? 0 : Math.max(0, ChronoUnit.DAYS.between(firstDay, today));
    }

    /** Complete days after the last day with usage (yesterday back to it, exclusive); 0 when usage arrived today. */
    public long quietDays() {
        return lastDay == null ? historyDays() : Math.max(0, ChronoUnit.DAYS.between(lastDay, today) - 1);
    }

    /**
     * The last day whose data has arrived, for judging a day without usage as a real zero: the last day with usage
     * (or yesterday when usage arrived today); when nothing arrived for {@code quietLimit} complete days, yesterday:
     * the silence is then itself the finding (a stoppage). Null without usage.
     */
    public LocalDate arrivedThrough(int quietLimit) {
        if (lastDay == null) {
            return null;
        }
        LocalDate yesterday = today.minusDays(1);
        if (quietDays() >= quietLimit || !lastDay.isBefore(yesterday)) {
            return yesterday;
        }
        return lastDay;
    }
}
