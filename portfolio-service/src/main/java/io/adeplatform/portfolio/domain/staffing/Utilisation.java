package io.adeplatform.portfolio.domain.staffing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Assigned vs capacity over a period, in FTE-days (one person full time for one calendar day). A person's capacity is
 * the period's days at 100 %; a role's capacity is what its requests asked for (FTE × days) in the period.
 */
public final class Utilisation {

    private Utilisation() {
    }

    /** One assignment as the arithmetic needs it. */
    public record Assigned(String username, String role, LocalDate from, LocalDate to, int percent) {
    }

    /** One request as the arithmetic needs it. */
    public record Requested(String role, LocalDate from, LocalDate to, BigDecimal fte) {
    }

    public record Line(String name, BigDecimal assignedFteDays, BigDecimal capacityFteDays, BigDecimal percent) {
    }

    public record Result(LocalDate from, LocalDate to, long days, List<Line> people, List<Line> roles) {
    }

    public static Result over(LocalDate from, LocalDate to, List<Assigned> assigned, List<Requested> requested) {
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        Map<String, BigDecimal> byPerson = new TreeMap<>();
        Map<String, BigDecimal> byRole = new TreeMap<>();
        Map<String, BigDecimal> roleCapacity = new TreeMap<>();
        for (Assigned a : assigned) {
            BigDecimal fteDays = BigDecimal.valueOf(a.percent()).movePointLeft(2)
                    .multiply(BigDecimal.valueOf(overlap(from, to, a.from(), a.to())));
            byPerson.merge(a.username(), fteDays, BigDecimal::add);
            byRole.merge(a.role(), fteDays, BigDecimal::add);
        }
        for (Requested r : requested) {
            roleCapacity.merge(r.role(), r.fte().multiply(BigDecimal.valueOf(overlap(from, to, r.from(), r.to()))),
                    BigDecimal::add);
            byRole.putIfAbsent(r.role(), BigDecimal.ZERO);
        }
        BigDecimal personCapacity = BigDecimal.valueOf(days);
        List<Line> people = byPerson.entrySet().stream()
                .map(e -> line(e.getKey(), e.getValue(), personCapacity)).toList();
        List<Line> roles = byRole.entrySet().stream()
                .map(e -> line(e.getKey(), e.getValue(), roleCapacity.getOrDefault(e.getKey(), BigDecimal.ZERO)))
                .toList();
        return new Result(from, to, days, people, roles);
    }

    private static Line line(String name, BigDecimal assigned, BigDecimal capacity) {
        BigDecimal percent = capacity.signum() == 0 ? null
                : assigned.multiply(BigDecimal.valueOf(100)).divide(capacity, 1, RoundingMode.HALF_EVEN);
        return new Line(name, assigned.setScale(2, RoundingMode.HALF_EVEN), capacity.setScale(2, RoundingMode.HALF_EVEN),
                percent);
    }

    /** Days of [from, to] inside [start, end], inclusive; 0 when they do not meet. */
    static long overlap(LocalDate from, LocalDate to, LocalDate start, LocalDate end) {
        LocalDate a = start.isAfter(from) ? start : from;
        LocalDate b = end.isBefore(to) ? end : to;
        return b.isBefore(a) ? 0 : ChronoUnit.DAYS.between(a, b) + 1;
    }
}
