package io.adeplatform.portfolio.api.staffing;

import io.adeplatform.portfolio.domain.staffing.Utilisation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Assigned vs capacity over a period, in FTE-days (one person full time for one calendar day). */
public record UtilisationResponse(
        LocalDate from, LocalDate to, @Schema(description = "Calendar days in the period, both ends included") long days,
        @Schema(description = "Per person: capacity is the period's days at 100 %") List<Line> people,
        @Schema(description = "Per role: capacity is what its requests asked for (FTE x days) in the period")
        List<Line> roles) {

    public record Line(
            @Schema(description = "The username or the role") String name,
            BigDecimal assignedFteDays, BigDecimal capacityFteDays,
            @Schema(description = "assigned / capacity in %, one decimal; null without capacity") BigDecimal percent) {
    }

    public static UtilisationResponse from(Utilisation.Result r) {
        return new UtilisationResponse(r.from(), r.to(), r.days(), lines(r.people()), lines(r.roles()));
    }

    private static List<Line> lines(List<Utilisation.Line> lines) {
        return lines.stream().map(l -> new Line(l.name(), l.assignedFteDays(), l.capacityFteDays(), l.percent()))
                .toList();
    }
}
