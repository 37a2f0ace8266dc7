package io.adeplatform.gateway.statuspack;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** How figures from the services read in a pack: money with grouping and currency, ratios with two decimals. */
final class Figures {

    private Figures() {
    }

    /** {@code {"amount":"1234.5","currency":"USD"}} as "1,234.50 USD"; "-" when absent. */
    static String money(JsonNode money) {
        if (money == null || money.isMissingNode() || money.isNull() || !money.has("amount")) {
            return "-";
        }
        return format(amount(money)) + " " + money.path("currency").asText();
    }

    static BigDecimal amount(JsonNode money) {
        try {
            return new BigDecimal(money.path("amount").asText("0"));
        } catch (NumberFormatException e) {
            return BigDecimal.ZERO;
        }
    }

    static String format(BigDecimal amount) {
        return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(amount);
    }

    static String ratio(JsonNode value) {
        return value == null || !value.isNumber() ? "-" : new DecimalFormat("0.00", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(value.decimalValue());
    }

    /** A field's text, or "-" when the service did not send it. */
    static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() || value.asText().isBlank() ? "-" : value.asText();
    }
}
