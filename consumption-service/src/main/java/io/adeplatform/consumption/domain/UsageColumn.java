package io.adeplatform.consumption.domain;

import java.util.List;
import java.util.Locale;

/**
 * The columns of a usage record, as the service's own CSV header names or partner-feed JSON fields. Names match
 * ignoring case, spaces, underscores and hyphens, with the common cloud-export aliases ("UsageDate",
 * "SubscriptionGuid", "MeterCategory", "CostInBillingCurrency", …). Cloud exports in their own layouts (FOCUS, Azure
 * cost details) are mapped onto these columns by {@link CostExportFormat}.
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
    /** Optional: the cloud resource the charge is for (part of the natural key; empty when none). */
    RESOURCE_ID(false, "resourceid", "instanceid"),
    /** Optional: the kind of charge (FOCUS ChargeCategory, Azure ChargeType: usage, purchase, tax, …); in the key. */
    CHARGE_CATEGORY(false, "chargecategory", "chargetype"),
    /** Optional: the rest of the charge identity (pricing, commitment discount, SKU price, hour, description); in the key. */
    CHARGE(false, "charge"),
    /** Optional: the cost after amortized commitments (FOCUS EffectiveCost); stored, not summed. */
    EFFECTIVE_COST(false, "effectivecost"),
    /** Optional: the customer the sender claims the usage is for; a record whose subscription another holds is refused. */
    CUSTOMER(false, "customerid");

    private final boolean required;
    private final List<String> names;

    UsageColumn(String... names) {
        this(true, names);
    }

    UsageColumn(boolean required, String... names) {
        this.required = required;
        this.names = List.of(names);
    }

    /** Whether a CSV header of the service's own format must name this column. */
    public boolean required() {
        return required;
    }

    /** Its names, normalized. */
    public List<String> names() {
        return names;
    }

    /** The column a header (or field) name stands for, or null when it is none of them. */
    public static UsageColumn byHeader(String header) {
        String normalized = ColumnRule.normalize(header);
        for (UsageColumn column : values()) {
            if (column.names.contains(normalized)) {
                return column;
            }
        }
        return null;
    }

    /** How a missing column is named to the user ("resource group"). */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
