package io.adeplatform.portfolio.config.staffing;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Staffing settings (ade.portfolio.staffing.*). */
@ConfigMapping(prefix = "ade.portfolio.staffing")
public interface StaffingSettings {

    /**
     * A role still unfilled this many days before its start raises a RAID risk (once) and turns the schedule amber.
     */
    @WithDefault("14")
    int unfilledWarningDays();

    /** How often UnfilledRoleScheduler runs the check ("off" disables it; read by its @Scheduled). */
    @WithDefault("1h")
    String checkInterval();

    @WithDefault("1m")
    String checkDelay();
}
