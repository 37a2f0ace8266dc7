package io.adeplatform.billing.api;

import io.adeplatform.billing.domain.FiscalYear;
import io.adeplatform.billing.domain.RevenueTarget;
import io.adeplatform.platform.core.Money;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

public record RevenueTargetResponse(UUID customerId,
                                    @Schema(description = "Named by the calendar year it ends in", example = "2027")
                                    int fiscalYear,
                                    @Schema(description = "The fiscal year's first month", example = "2026-07")
                                    String firstMonth,
                                    @Schema(description = "The fiscal year's last month", example = "2027-06")
                                    String lastMonth,
                                    Money target, String setBy, OffsetDateTime setAt,
                                    @Schema(description = "The version, sent back as ETag; a replacement names it in "
                                            + "If-Match") long version) {

    public static RevenueTargetResponse from(RevenueTarget t, int firstMonthOfYear) {
        FiscalYear year = new FiscalYear(t.fiscalYear, firstMonthOfYear);
        return new RevenueTargetResponse(t.customerId, t.fiscalYear, year.firstMonth().toString(),
                year.lastMonth().toString(), t.target(), t.setBy, t.setAt, t.version);
    }
}
