package io.adeplatform.portfolio.api;

import io.adeplatform.platform.core.Money;
import io.adeplatform.portfolio.domain.EarnedValue;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Earned value as of a date; money in the budget's currency, rounded to its minor unit; indices to 4 decimals. */
public record FinancialsResponse(
        @Schema(description = "Budget at completion: the engagement's budget") Money bac,
        @Schema(description = "Planned value: BAC × the share of the engagement's calendar days elapsed") Money pv,
        @Schema(description = "Earned value: percent complete × BAC") Money ev,
        @Schema(description = "Actual cost: the cost entries dated on or before asOf") Money ac,
        @Schema(description = "Cost variance: EV − AC") Money cv,
        @Schema(description = "Schedule variance: EV − PV") Money sv,
        @Schema(description = "Cost performance index EV / AC; null while nothing was spent", example = "0.9412")
        BigDecimal cpi,
        @Schema(description = "Schedule performance index EV / PV; null while nothing was planned yet",
                example = "1.0250") BigDecimal spi,
        @Schema(description = "Estimate at completion BAC / CPI (BAC while nothing was spent; null when money was "
                + "spent but nothing earned)") Money eac,
        @Schema(description = "Estimate to complete: EAC − AC") Money etc,
        @Schema(description = "Variance at completion: BAC − EAC") Money vac,
        @Schema(description = "Percent complete as recorded on asOf", example = "38.00") BigDecimal percentComplete,
        @Schema(description = "Percent of the calendar elapsed on asOf (PV / BAC)", example = "40.27")
        BigDecimal plannedPercent,
        @Schema(description = "The date every figure is as of") LocalDate asOf) {

    public static FinancialsResponse from(EarnedValue.Figures f) {
        return f == null ? null : new FinancialsResponse(f.bac(), f.pv(), f.ev(), f.ac(), f.cv(), f.sv(), f.cpi(),
                f.spi(), f.eac(), f.etc(), f.vac(), f.percentComplete(), f.plannedPercent(), f.asOf());
    }
}
