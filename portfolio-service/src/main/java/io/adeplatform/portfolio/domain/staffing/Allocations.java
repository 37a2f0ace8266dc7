package io.adeplatform.portfolio.domain.staffing;

import io.adeplatform.platform.core.Conflict;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/** A person's allocations across engagements: the peak total a new booking would bring, day by day. */
public final class Allocations {

    public static final int CAPACITY_PERCENT = 100;

    private Allocations() {
    }

    /** A person's share of a period (inclusive dates). */
    public record Booking(LocalDate from, LocalDate to, int percent) {
        boolean covers(LocalDate day) {
            return !day.isBefore(from) && !day.isAfter(to);
        }
    }

    /** Where a person's total goes above capacity: the first period at the highest total. */
    public record Overload(String username, LocalDate from, LocalDate to, int totalPercent) {
        public Conflict refused() {
            return new Conflict("over-allocation", username + " would be allocated " + totalPercent + " % from " + from
                    + " to " + to + " (more than " + CAPACITY_PERCENT + " %); an executive of the account may allow it "
                    + "with allowOverAllocation", Map.of("username", username, "from", from.toString(),
                    "to", to.toString(), "totalPercent", totalPercent));
        }
    }

    /**
     * The overload {@code added} would cause on top of {@code existing} (the person's other bookings), if any. The
     * total only changes where a booking starts or ends, so it is evaluated on those days inside the new booking.
     */
    public static Optional<Overload> overload(String username, List<Booking> existing, Booking added) {
        TreeSet<LocalDate> changes = new TreeSet<>();
        changes.add(added.from());
        for (Booking b : existing) {
            changes.add(b.from());
            changes.add(b.to().plusDays(1));
        }
        List<LocalDate> days = List.copyOf(changes.subSet(added.from(), true, added.to(), true));
        int peak = 0;
        LocalDate peakFrom = null;
        LocalDate peakTo = null;
        for (int i = 0; i < days.size(); i++) {
            LocalDate day = days.get(i);
            int total = added.percent() + existing.stream().filter(b -> b.covers(day)).mapToInt(Booking::percent).sum();
            LocalDate segmentEnd = i + 1 < days.size() ? days.get(i + 1).minusDays(1) : added.to();
            if (total > peak) {
                peak = total;
                peakFrom = day;
                peakTo = segmentEnd;
            } else if (total == peak && peakTo != null && peakTo.plusDays(1).equals(day)) {
                peakTo = segmentEnd;
            }
        }
        return peak > CAPACITY_PERCENT ? Optional.of(new Overload(username, peakFrom, peakTo, peak)) : Optional.empty();
    }
}
