package io.adeplatform.portfolio.domain.staffing;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The peak of a person's allocations, worked by hand. */
class AllocationsTest {

    private static Allocations.Booking booking(String from, String to, int percent) {
        return new Allocations.Booking(LocalDate.parse(from), LocalDate.parse(to), percent);
    }

    @Test
    void noOverlapOrExactlyFullIsNoOverload() {
        assertThat(Allocations.overload("u", List.of(booking("2031-01-01", "2031-01-31", 100)),
                booking("2031-02-01", "2031-02-28", 100))).isEmpty();
        assertThat(Allocations.overload("u", List.of(booking("2031-01-01", "2031-01-31", 60)),
                booking("2031-01-10", "2031-02-10", 40))).isEmpty();
    }

    @Test
    void theOverloadIsTheFirstPeriodAtThePeak() {
        // 50 % all January, 30 % Jan 10-20, 40 % Jan 15-25; adding 20 % Jan 1-31:
        // Jan 1-9 70, Jan 10-14 100, Jan 15-20 140, Jan 21-25 110, Jan 26-31 70
        List<Allocations.Booking> existing = List.of(booking("2031-01-01", "2031-01-31", 50),
                booking("2031-01-10", "2031-01-20", 30), booking("2031-01-15", "2031-01-25", 40));
        Allocations.Overload o = Allocations.overload("u", existing, booking("2031-01-01", "2031-01-31", 20))
                .orElseThrow();
        assertThat(o.from()).isEqualTo(LocalDate.parse("2031-01-15"));
        assertThat(o.to()).isEqualTo(LocalDate.parse("2031-01-20"));
        assertThat(o.totalPercent()).isEqualTo(140);
        assertThat(o.refused().getMessage()).contains("u would be allocated 140 % from 2031-01-15 to 2031-01-20");
    }

    @Test
    void aBookingStartingBeforeTheNewOneCountsFromTheNewStart() {
        Allocations.Overload o = Allocations.overload("u", List.of(booking("2030-12-01", "2031-01-05", 80)),
                booking("2031-01-01", "2031-01-31", 30)).orElseThrow();
        assertThat(o.from()).isEqualTo(LocalDate.parse("2031-01-01"));
        assertThat(o.to()).isEqualTo(LocalDate.parse("2031-01-05"));
        assertThat(o.totalPercent()).isEqualTo(110);
    }
}
