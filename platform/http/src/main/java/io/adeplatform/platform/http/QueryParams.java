package io.adeplatform.platform.http;

import io.adeplatform.platform.core.Dates;
import io.adeplatform.platform.core.FieldError;
import io.adeplatform.platform.core.Money;
import io.adeplatform.platform.core.WireEnums;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Query parameters read as text and converted here, so a malformed one is a 400 problem naming the parameter (JAX-RS's
 * own conversion answers 404, as if the resource were missing). Absent or blank values are null.
 */
public final class QueryParams {

    private QueryParams() {
    }

    public static UUID uuid(String name, String value) {
        return convert(name, value, UUID::fromString, "must be a UUID");
    }

    /** An ISO-8601 date within {@link Dates} (1900-01-01 to 2999-12-31). */
    public static LocalDate date(String name, String value) {
        return convert(name, value, text -> {
            LocalDate date = LocalDate.parse(text);
            if (!Dates.inRange(date)) {
                throw new IllegalArgumentException(text);
            }
            return date;
        }, "must be " + DateLimits.DATE);
    }

    /** An ISO 4217 currency code ({@code USD}); anything else, {@code XXQ} or {@code usd}, is a 400. */
    public static String currency(String name, String value) {
        return convert(name, value, text -> {
            if (!Money.isIsoCurrency(text)) {
                throw new IllegalArgumentException(text);
            }
            return text;
        }, Money.CURRENCY_MESSAGE);
    }

    public static Boolean bool(String name, String value) {
        return convert(name, value, text -> switch (text) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException(text);
        }, "must be true or false");
    }

    /** A wire-named enum constant ({@code status=in-delivery}); the problem lists the allowed names. */
    public static <E extends Enum<E>> E enumValue(Class<E> type, String name, String value) {
        return WireEnums.parse(type, value, name);
    }

    /** Constants given repeatedly and/or comma-separated ({@code status=issued,overdue}); empty when absent. */
    public static <E extends Enum<E>> Set<E> enumValues(Class<E> type, String name, List<String> values) {
        return WireEnums.parseAll(type, values, name);
    }

    /** UUIDs given repeatedly and/or comma-separated; empty when absent. */
    public static List<UUID> uuids(String name, List<String> values) {
        if (values == null) {
            return List.of();
        }
        return values.stream().flatMap(value -> Arrays.stream(value.split(",")))
                .map(String::trim).filter(text -> !text.isEmpty())
                .map(text -> uuid(name, text)).toList();
    }

    private static <T> T convert(String name, String value, Function<String, T> parser, String message) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parser.apply(value.trim());
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw invalid(name, message);
        }
    }

    public static ProblemException invalid(String name, String message) {
        return ProblemException.badRequest("invalid query parameter", List.of(new FieldError(name, message)));
    }
}
