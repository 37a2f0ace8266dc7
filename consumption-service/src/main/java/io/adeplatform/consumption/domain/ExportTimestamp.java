package io.adeplatform.consumption.domain;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * A charge timestamp as cost exports write it ({@code 2025-06-01T00:00:00Z}, with an offset, with fractions, with a
 * space instead of the {@code T}, or without a zone), read in UTC: FOCUS requires UTC, and a timestamp without a zone
 * is taken as written.
 */
final class ExportTimestamp {

    private static final DateTimeFormatter WITH_OFFSET = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE).appendLiteral('T').append(DateTimeFormatter.ISO_LOCAL_TIME)
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .toFormatter();

    private ExportTimestamp() {
    }

    /** True when the text is longer than a date and has a time after {@code T} or a space. */
    static boolean looksLikeTimestamp(String text) {
        return text.length() > 10 && (text.charAt(10) == 'T' || text.charAt(10) == ' ');
    }

    /** The instant in UTC, or empty when the text is no timestamp. */
    static Optional<LocalDateTime> utc(String text) {
        if (!looksLikeTimestamp(text)) {
            return Optional.empty();
        }
        String iso = text.charAt(10) == ' ' ? text.substring(0, 10) + 'T' + text.substring(11) : text;
        try {
            var parsed = WITH_OFFSET.parseBest(iso, OffsetDateTime::from, LocalDateTime::from);
            return Optional.of(parsed instanceof OffsetDateTime offset
                    ? offset.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime() : (LocalDateTime) parsed);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The UTC time of day when it is not midnight ("05:00:00"): hourly rows of one day are distinct charges. */
    static String timeOfDayIfNotMidnight(String text) {
        return utc(text.strip()).map(LocalDateTime::toLocalTime).filter(time -> !time.equals(LocalTime.MIDNIGHT))
                .map(LocalTime::toString).orElse(null);
    }
}
