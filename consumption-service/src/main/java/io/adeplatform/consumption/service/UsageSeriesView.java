package io.adeplatform.consumption.service;

import io.adeplatform.consumption.domain.GroupBy;
import io.adeplatform.platform.core.Money;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A customer's cost from the daily rollup, one item per key (day, month, service or subscription) and currency. */
public record UsageSeriesView(UUID customerId, LocalDate from, LocalDate to, GroupBy groupBy,
                              List<SeriesItem> items) {

    public record SeriesItem(String key, Money cost) {
    }
}
