package io.adeplatform.consumption.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class UsageHistoryTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 20);

    private static LocalDate march(int day) {
        return LocalDate.of(2026, 3, day);
    }

    @Test
    void windowEndsOnTheLastCompleteDayWithDataAndNeverStartsBeforeTheFirst() {
        UsageHistory history = new UsageHistory(TODAY, march(1), march(18), TODAY);
        assertThat(history.window(7)).isEqualTo(new UsageHistory.Window(march(12), march(18)));
        assertThat(history.window(30)).isEqualTo(new UsageHistory.Window(march(1), march(18)));
        assertThat(history.window(30).days()).isEqualTo(18);
        assertThat(UsageHistory.none(TODAY).window(7)).isNull();
    }

    @Test
    void historyAndQuietDaysCountCompleteDaysOnly() {
        // first usage 14 March: 14..19 March = 6 complete days; last usage 16 March: 17..19 quiet = 3
        UsageHistory history = new UsageHistory(TODAY, march(14), march(16), march(16));
        assertThat(history.historyDays()).isEqualTo(6);
        assertThat(history.quietDays()).isEqualTo(3);
        // usage today (partial) or yesterday: nothing quiet
        assertThat(new UsageHistory(TODAY, march(1), march(19), TODAY).quietDays()).isZero();
        assertThat(new UsageHistory(TODAY, march(1), march(19), march(19)).quietDays()).isZero();
        assertThat(UsageHistory.none(TODAY).historyDays()).isZero();
    }

    @Test
    void aDayWithoutUsageIsFinalOnceLaterDataArrivedOrTheSilenceLasted() {
        // data through 16 March, 3 quiet days: zeros judged through 16 March only (17..19 may still arrive)
        assertThat(new UsageHistory(TODAY, march(1), march(16), march(16)).arrivedThrough(5)).isEqualTo(march(16));
        // 5 quiet days (10..14 missing up to 19): the silence is final through yesterday
        assertThat(new UsageHistory(TODAY, march(1), march(14), march(14)).arrivedThrough(5)).isEqualTo(march(19));
        // partner records for today arrived: yesterday is final
        assertThat(new UsageHistory(TODAY, march(1), march(18), TODAY).arrivedThrough(5)).isEqualTo(march(19));
        assertThat(UsageHistory.none(TODAY).arrivedThrough(5)).isNull();
    }
}
