package io.adeplatform.consumption.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The time-driven signals: commitment risk and anomalies re-evaluated by a scheduler ({@code ade.consumption.signals.*}). */
@ConfigMapping(prefix = "ade.consumption.signals")
public interface SignalsConfig {

    /** The scheduler's cadence (a Quarkus scheduler interval; {@code off} disables the trigger). */
    @WithDefault("1h")
    String every();

    /**
     * Complete days since the customer's first usage (in the commitment's currency) below which a commitment is in
     * {@code insufficient-data}: one full week, so the weekly pattern is in every run-rate window.
     */
    @WithDefault("7")
    int minHistoryDays();

    /**
     * Complete days without any usage from which a commitment is at risk ({@code no-recent-usage}) and days without
     * usage count as real zeros for anomalies: longer than a cost export's usual lag of one to three days.
     */
    @WithDefault("5")
    int noUsageDays();

}
