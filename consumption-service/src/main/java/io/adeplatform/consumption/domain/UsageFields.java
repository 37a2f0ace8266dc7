package io.adeplatform.consumption.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The columns of a usage record (CSV header names or partner-feed JSON fields) and the validation of one record's
 * raw text values into a {@link UsageRow}. Column names match ignoring case, spaces, underscores and hyphens, with
 * the common cloud-export aliases (e.g. "UsageDate", "SubscriptionGuid", "MeterCategory", "CostInBillingCurrency").
 */
public final class UsageFields {

    public enum Column {
        DATE("date", "usagedate", "billingdate"),
        SUBSCRIPTION("subscriptionid", "subscription", "subscriptionguid"),
        SERVICE("servicename", "service", "metercategory"),
        METER("meter", "metername", "meterid"),
        RESOURCE_GROUP("resourcegroup", "resourcegroupname"),
        QUANTITY("quantity", "usagequantity"),
        UNIT("unit", "unitofmeasure"),
        COST("cost", "costinbillingcurrency", "pretaxcost"),
        CURRENCY("currency", "billingcurrency", "billingcurrencycode");

        private final String[] names;

        Column(String... names) {
            this.names = names;
        }

        public static Column byHeader(String header) {
            String normalized = header == null ? "" : header.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
            for (Column column : values()) {
                for (String name : column.names) {
                    if (name.equals(normalized)) {
                        return column;
                    }
                }
            }
            return null;
        }
    }

    /** A record that cannot be stored, with the reason a user can act on. */
    public static class InvalidRow extends Exception {
        public InvalidRow(String reason) {
            super(reason, null, false, false);
        }
    }

    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("M/d/uuuu");
    private static final int MAX_TEXT = 200;

    private UsageFields() {
    }

    /**
     * Validates one record. {@code value} returns the raw text of a column (null when absent);
     * {@code subscriptions} maps the subscriptions this caller may load to their customer.
     */
    public static UsageRow validate(Function<Column, String> value, Map<String, UUID> subscriptions) throws InvalidRow {
        LocalDate date = date(value.apply(Column.DATE));
        String subscription = text(value.apply(Column.SUBSCRIPTION), "subscription id", true, 100);
        UUID customer = subscriptions.get(subscription);
        if (customer == null) {
            throw new InvalidRow("unknown subscription '" + subscription + "'");
        }
        String service = text(value.apply(Column.SERVICE), "service name", true, MAX_TEXT);
        String meter = text(value.apply(Column.METER), "meter", true, MAX_TEXT);
        String resourceGroup = text(value.apply(Column.RESOURCE_GROUP), "resource group", false, MAX_TEXT);
        BigDecimal quantity = number(value.apply(Column.QUANTITY), "quantity", 13, 6);
        String unit = text(value.apply(Column.UNIT), "unit", false, 50);
        BigDecimal cost = number(value.apply(Column.COST), "cost", 15, 4);
        String currency = value.apply(Column.CURRENCY) == null ? "" : value.apply(Column.CURRENCY).strip().toUpperCase(Locale.ROOT);
        if (!CURRENCY.matcher(currency).matches()) {
            throw new InvalidRow("currency must be an ISO 4217 code such as USD, got '" + currency + "'");
        }
        return new UsageRow(date, subscription, customer, service, meter, resourceGroup, quantity, unit, cost, currency);
    }

    private static LocalDate date(String raw) throws InvalidRow {
        String text = raw == null ? "" : raw.strip();
        try {
            return LocalDate.parse(text.length() > 10 && text.charAt(10) == 'T' ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(text, US_DATE);
            } catch (DateTimeParseException e2) {
                throw new InvalidRow("bad date '" + text + "' (expected yyyy-MM-dd or MM/dd/yyyy)");
            }
        }
    }

    private static String text(String raw, String field, boolean required, int max) throws InvalidRow {
        String text = raw == null ? "" : raw.strip();
        if (required && text.isEmpty()) {
            throw new InvalidRow(field + " is empty");
        }
        if (text.length() > max) {
            throw new InvalidRow(field + " is longer than " + max + " characters");
        }
        return text;
    }

    private static BigDecimal number(String raw, String field, int integerDigits, int fractionDigits) throws InvalidRow {
        String text = raw == null ? "" : raw.strip();
        BigDecimal number;
        try {
            number = new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new InvalidRow(field + " is not a number: '" + text + "'");
        }
        if (number.precision() - number.scale() > integerDigits) {
            throw new InvalidRow(field + " is too large: '" + text + "'");
        }
        return number.setScale(Math.min(Math.max(number.scale(), 0), fractionDigits), java.math.RoundingMode.HALF_EVEN);
    }
}
