package io.adeplatform.consumption.service;

import io.adeplatform.consumption.domain.GroupBy;
import io.adeplatform.consumption.persistence.UsageQueries;
import io.adeplatform.consumption.service.UsageSeriesView.SeriesItem;
import io.adeplatform.platform.core.FieldError;
import io.adeplatform.platform.core.InvalidInput;
import io.adeplatform.platform.core.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/** Usage over a date range, grouped, from the daily rollup (never the raw rows). */
@ApplicationScoped
public class UsageSeriesService extends ConsumptionUseCase {

    private static final int MAX_SERIES_DAYS = 3660;
    private static final int DEFAULT_DAYS = 30;

    @Inject
    UsageQueries usage;

    /**
     * {@code from}/{@code to} null: the last 30 days up to today. A customer the caller cannot see (or that does not
     * exist) has no items, as a list filtered by it has none: {@code ?customerId=} answers alike in every service.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public UsageSeriesView series(UUID customerId, LocalDate from, LocalDate to, GroupBy groupBy) {
        LocalDate end = to != null ? to : today();
        LocalDate start = from != null ? from : end.minusDays(DEFAULT_DAYS - 1);
        if (end.isBefore(start) || ChronoUnit.DAYS.between(start, end) > MAX_SERIES_DAYS) {
            throw new InvalidInput("invalid date range", List.of(new FieldError("to",
                    "must not be before 'from', and the range at most " + MAX_SERIES_DAYS + " days")));
        }
        if (!access.canSee(customerId)) {
            return new UsageSeriesView(customerId, start, end, groupBy, List.of());
        }
        List<SeriesItem> items = usage.series(customerId, start, end, groupBy).stream()
                .map(point -> new SeriesItem(point.key(), new Money(point.cost(), point.currency()).rounded()))
                .toList();
        return new UsageSeriesView(customerId, start, end, groupBy, items);
    }
}
