package io.adeplatform.consumption.domain;

import java.util.Locale;

/**
 * The columns of a usage record, as CSV header names or partner-feed JSON fields. Names match ignoring case, spaces,
 * underscores and hyphens, with the common cloud-export aliases ("UsageDate", "SubscriptionGuid", "MeterCategory",
 * "CostInBillingCurrency", …).
 */
public enum UsageColumn {
    DATE("date", "usagedate", "billingdate"),
    SUBSCRIPTION("subscriptionid", "subscription", "subscriptionguid"),
    SERVICE("servicename", "service", "metercategory"),
    METER("meter", "metername", "meterid"),
    RESOURCE_GROUP("resourcegroup", "resourcegroupname"),
    QUANTITY("quantity", "usagequantity"),
    UNIT("unit", "unitofmeasure"),
    COST("cost", "costinbillingcurrency", "pretaxcost"),
    CURRENCY("currency", "billingcurrency", "billingcurrencycode"),
    /** Optional: the customer the sender claims the usage is for; a record whose subscription another holds is refused. */
    CUSTOMER(false, "customerid");

    private final boolean required;
    private final String[] names;

    UsageColumn(String... names) {
        this(true, names);
    }

    UsageColumn(boolean required, String... names) {
        this.required = required;
        this.names = names;
    }

    /** Whether a CSV header must name this column. */
    public boolean required() {
        return required;
    }

    /** The column a header (or field) name stands for, or null when it is none of them. */
    public static UsageColumn byHeader(String header) {
        String normalized = header == null ? "" : header.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        for (UsageColumn column : values()) {
            for (String name : column.names) {
                if (name.equals(normalized)) {
                    return column;
                }
            }
        }
        return null;
    }

    /** How a missing column is named to the user ("resource group"). */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
