package io.adeplatform.consumption.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Validates the raw text values of one usage record (a CSV row or a partner-feed record) into a {@link UsageRow}. */
public final class UsageRowParser {

    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("M/d/uuuu");
    private static final int MAX_TEXT = 200;

    private UsageRowParser() {
    }

    /**
     * @param value         the raw text of a column (null when absent)
     * @param subscriptions the subscriptions this caller may load, with their customer
     */
    public static UsageRow parse(Function<UsageColumn, String> value, Map<String, UUID> subscriptions)
            throws InvalidUsageRow {
        LocalDate date = date(value.apply(UsageColumn.DATE));
        String subscription = text(value.apply(UsageColumn.SUBSCRIPTION), "subscription id", true, 100);
        UUID customer = subscriptions.get(subscription);
        if (customer == null) {
            throw new InvalidUsageRow("unknown subscription '" + subscription + "'");
        }
        String service = text(value.apply(UsageColumn.SERVICE), "service name", true, MAX_TEXT);
        String meter = text(value.apply(UsageColumn.METER), "meter", true, MAX_TEXT);
        String resourceGroup = text(value.apply(UsageColumn.RESOURCE_GROUP), "resource group", false, MAX_TEXT);
        BigDecimal quantity = number(value.apply(UsageColumn.QUANTITY), "quantity", 13, 6);
        String unit = text(value.apply(UsageColumn.UNIT), "unit", false, 50);
        BigDecimal cost = number(value.apply(UsageColumn.COST), "cost", 15, 4);
        String rawCurrency = value.apply(UsageColumn.CURRENCY);
        String currency = rawCurrency == null ? "" : rawCurrency.strip().toUpperCase(Locale.ROOT);
        if (!CURRENCY.matcher(currency).matches()) {
            throw new InvalidUsageRow("currency must be an ISO 4217 code such as USD, got '" + currency + "'");
        }
        return new UsageRow(date, subscription, customer, service, meter, resourceGroup, quantity, unit, cost, currency);
    }

    private static LocalDate date(String raw) throws InvalidUsageRow {
        String text = raw == null ? "" : raw.strip();
        try {
            return LocalDate.parse(text.length() > 10 && text.charAt(10) == 'T' ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(text, US_DATE);
            } catch (DateTimeParseException e2) {
                throw new InvalidUsageRow("bad date '" + text + "' (expected yyyy-MM-dd or MM/dd/yyyy)");
            }
        }
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
        BigDecimal number;
        try {
            number = new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new InvalidUsageRow(field + " is not a number: '" + text + "'");
        }
        if (number.precision() - number.scale() > integerDigits) {
            throw new InvalidUsageRow(field + " is too large: '" + text + "'");
        }
        return number.setScale(Math.min(Math.max(number.scale(), 0), fractionDigits), RoundingMode.HALF_EVEN);
    }
}
