package io.adeplatform.consumption.domain;

/** How a usage series groups the daily rollup: per day, month, service or subscription. */
public enum GroupBy {
    DAY, MONTH, SERVICE, SUBSCRIPTION
}
