package io.adeplatform.platform.core;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The range of calendar dates the platform accepts anywhere (bodies, query filters, CSV rows, events): 1900-01-01 to
 * 2999-12-31. Wide enough for any contract, engagement or usage record; narrow enough that PostgreSQL stores it and
 * that year 0 or {@code +999999999-12-31} is refused as input instead of failing in the database.
 */
public final class Dates {

    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2999, 12, 31);
    public static final String RANGE = EARLIEST + " to " + LATEST;

    private Dates() {
    }

    public static boolean inRange(LocalDate date) {
        return date == null || (!date.isBefore(EARLIEST) && !date.isAfter(LATEST));
    }

    public static boolean inRange(OffsetDateTime time) {
        return time == null || inRange(time.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate());
    }

    public static boolean inRange(Instant instant) {
        return instant == null || (!instant.isBefore(EARLIEST.atStartOfDay().toInstant(ZoneOffset.UTC))
                && instant.isBefore(LATEST.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)));
    }
}
