package io.adeplatform.consumption.domain;

import io.adeplatform.platform.core.Money;
import io.adeplatform.platform.core.Texts;
import io.adeplatform.platform.core.Dates;
import io.adeplatform.platform.core.Decimals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Validates the raw text values of one usage record (a CSV row or a partner-feed record) into a {@link UsageRow}.
 * Numbers are checked as text ({@link Decimals}) before a {@code BigDecimal} is built, dates against {@link Dates};
 * such values out of range, and control characters, are {@link InvalidUsageRow#outOfRange}.
 */
public final class UsageRowParser {

    /** Looks like a number, whatever its size (possessive: linear on a long text). */
    private static final Pattern NUMERIC = Pattern.compile("[+-]?+(?:\\d++(?:\\.\\d*+)?+|\\.\\d++)(?:[eE][+-]?+\\d++)?+");
    private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("M/d/uuuu");
    private static final int MAX_TEXT = 200;
    /** Resource ids and charge identities: long in Azure (nested resource ids), never indexed as text. */
    private static final int MAX_IDENTITY = 2000;
    /** Digits after the decimal point kept of a cost: exports write up to 10, and their sum must be exact to the cent. */
    private static final int COST_SCALE = 10;
    /** How much of a bad value a reason quotes. */
    private static final int QUOTED = 40;

    private UsageRowParser() {
    }

    /**
     * @param value         the raw text of a column (null when absent)
     * @param subscriptions the subscriptions this caller may load, with the customer holding each: usage is only ever
     *                      attributed to that holder
     */
    public static UsageRow parse(Function<UsageColumn, String> value, Map<String, UUID> subscriptions)
            throws InvalidUsageRow {
        for (UsageColumn column : UsageColumn.values()) {
            requireText(value.apply(column), column);
        }
        LocalDate date = date(value.apply(UsageColumn.DATE));
        String subscription = text(value.apply(UsageColumn.SUBSCRIPTION), "subscription id", true, 100);
        UUID customer = subscriptions.get(subscription);
        if (customer == null) {
            throw new InvalidUsageRow("unknown subscription '" + quote(subscription) + "'");
        }
        requireHolder(value.apply(UsageColumn.CUSTOMER), subscription, customer);
        String service = text(value.apply(UsageColumn.SERVICE), "service name", true, MAX_TEXT);
        String meter = text(value.apply(UsageColumn.METER), "meter", true, MAX_TEXT);
        String resourceGroup = text(value.apply(UsageColumn.RESOURCE_GROUP), "resource group", false, MAX_TEXT);
        String resourceId = text(value.apply(UsageColumn.RESOURCE_ID), "resource id", false, MAX_IDENTITY);
        String chargeCategory = text(value.apply(UsageColumn.CHARGE_CATEGORY), "charge category", false, 50);
        String charge = text(value.apply(UsageColumn.CHARGE), "charge", false, MAX_IDENTITY);
        BigDecimal quantity = number(value.apply(UsageColumn.QUANTITY), "quantity", 13, 6);
        String unit = text(value.apply(UsageColumn.UNIT), "unit", false, 50);
        BigDecimal cost = number(value.apply(UsageColumn.COST), "cost", 15, COST_SCALE);
        String rawEffective = value.apply(UsageColumn.EFFECTIVE_COST);
        BigDecimal effectiveCost = rawEffective == null || rawEffective.isBlank() ? null
                : number(rawEffective, "effective cost", 15, COST_SCALE);
        String rawCurrency = value.apply(UsageColumn.CURRENCY);
        String currency = rawCurrency == null ? "" : rawCurrency.strip().toUpperCase(Locale.ROOT);
        if (!Money.isIsoCurrency(currency)) {
            throw new InvalidUsageRow("currency must be an ISO 4217 code such as USD, got '" + quote(currency) + "'");
        }
        return new UsageRow(date, subscription, customer, service, meter, resourceGroup, resourceId, chargeCategory,
                charge, quantity, unit, cost, effectiveCost, currency);
    }

    /** Text only: tab and line breaks pass (quoted CSV fields may hold them), other control characters never do. */
    private static void requireText(String raw, UsageColumn column) throws InvalidUsageRow {
        int forbidden = Texts.forbiddenCharacter(raw, true);
        if (forbidden >= 0) {
            throw InvalidUsageRow.outOfRange(String.format("%s holds the control character U+%04X",
                    column.label(), (int) raw.charAt(forbidden)));
        }
    }

    /** A record that names its customer must name the subscription's holder. */
    private static void requireHolder(String raw, String subscription, UUID holder) throws InvalidUsageRow {
        String claimed = raw == null ? "" : raw.strip();
        if (!claimed.isEmpty() && !claimed.equalsIgnoreCase(holder.toString())) {
            throw new InvalidUsageRow("subscription '" + subscription + "' is not a subscription of customer '"
                    + quote(claimed) + "'");
        }
    }

    private static LocalDate date(String raw) throws InvalidUsageRow {
        String text = raw == null ? "" : raw.strip();
        LocalDate date;
        try {
            date = ExportTimestamp.looksLikeTimestamp(text)
                    ? ExportTimestamp.utc(text).map(java.time.LocalDateTime::toLocalDate)
                            .orElseGet(() -> LocalDate.parse(text.substring(0, 10)))
                    : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            try {
                date = LocalDate.parse(text, US_DATE);
            } catch (DateTimeParseException e2) {
                throw new InvalidUsageRow("bad date '" + quote(text) + "' (expected yyyy-MM-dd, MM/dd/yyyy or an "
                        + "ISO 8601 timestamp such as 2025-06-01T00:00:00Z)");
            }
        }
        if (!Dates.inRange(date)) {
            throw InvalidUsageRow.outOfRange("date '" + quote(text) + "' is outside the accepted range " + Dates.RANGE);
        }
        return date;
    }

    private static String text(String raw, String field, boolean required, int max) throws InvalidUsageRow {
        String text = raw == null ? "" : raw.strip();
        if (required && text.isEmpty()) {
            throw new InvalidUsageRow(field + " is empty");
        }
        if (text.length() > max) {
            throw new InvalidUsageRow(field + " is longer than " + max + " characters");
        }
        return text;
    }

    private static BigDecimal number(String raw, String field, int integerDigits, int fractionDigits)
            throws InvalidUsageRow {
        String text = raw == null ? "" : raw.strip();
        Optional<BigDecimal> parsed = Decimals.parse(text);
        if (parsed.isEmpty()) {
            if (NUMERIC.matcher(text).matches()) {
                throw InvalidUsageRow.outOfRange(field + " '" + quote(text) + "' is outside the accepted numbers (at most "
                        + Decimals.MAX_DIGITS + " digits, an exponent of at most two digits)");
            }
            throw new InvalidUsageRow(field + " is not a number: '" + quote(text) + "'");
        }
        BigDecimal number = parsed.get();
        if (number.precision() - number.scale() > integerDigits) {
            throw new InvalidUsageRow(field + " is too large: '" + quote(text) + "' (at most " + integerDigits
                    + " digits before the decimal point)");
        }
        return number.setScale(Math.min(Math.max(number.scale(), 0), fractionDigits), RoundingMode.HALF_EVEN);
    }

    private static String quote(String text) {
        return text.length() <= QUOTED ? text : text.substring(0, QUOTED) + "…";
    }
}
