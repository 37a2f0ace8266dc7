package io.adeplatform.platform.core;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Decimal numbers from outside (JSON, CSV, partner feeds), checked as text before a {@link BigDecimal} is built.
 * {@code new BigDecimal("1E-999999999")} is cheap, but the scale it carries makes later {@code setScale} or
 * arithmetic run for minutes; so only plain decimals with few digits and a small exponent are accepted.
 */
public final class Decimals {

    /** More than any amount, rate or quantity the platform stores ({@code numeric(19,4)} at most, 38 digits in all). */
    public static final int MAX_DIGITS = 40;
    /** Exponents such as {@code 1.5E+3} occur in spreadsheet exports; beyond two digits they only serve an attack. */
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d{1,2})?");

    private Decimals() {
    }

    /** The number, or empty when the text is not a bounded plain decimal (never throws, never slow). */
    public static Optional<BigDecimal> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String trimmed = text.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_DIGITS + 8 || !DECIMAL.matcher(trimmed).matches()) {
            return Optional.empty();
        }
        long digits = trimmed.chars().filter(Character::isDigit).count();
        BigDecimal value = new BigDecimal(trimmed);
        if (digits > MAX_DIGITS + 2 || Math.abs(value.scale()) > MAX_DIGITS || value.precision() > MAX_DIGITS) {
            return Optional.empty();
        }
        return Optional.of(value);
    }

    /** True when a number already built (e.g. by a JSON parser) is within the same bounds. */
    public static boolean isBounded(BigDecimal value) {
        return value == null || (Math.abs(value.scale()) <= MAX_DIGITS && value.precision() <= MAX_DIGITS);
    }
}
