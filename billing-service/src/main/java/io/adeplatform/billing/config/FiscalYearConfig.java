package io.adeplatform.billing.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** The fiscal calendar revenue targets and attainment are measured in. */
@ConfigMapping(prefix = "ade.billing.fiscal-year")
public interface FiscalYearConfig {

    /** The month (1–12) a fiscal year starts with; a year is named by the calendar year it ends in. */
    @WithDefault("7")
    @Min(1)
    @Max(12)
    int firstMonth();
}
