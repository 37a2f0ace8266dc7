package io.adeplatform.consumption.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static io.adeplatform.consumption.domain.ColumnRule.first;
import static io.adeplatform.consumption.domain.ColumnRule.joined;
import static io.adeplatform.consumption.domain.ColumnRule.part;

/**
 * The cost-export layouts the CSV upload reads, told apart by the header row: where each {@link UsageColumn} comes
 * from, which columns a file of that layout must have, and what goes into the charge identity of the natural key
 * (see the service README for the sources of these column names).
 */
public enum CostExportFormat {

    /**
     * FinOps FOCUS 1.0 to 1.2 (Azure's FocusCost export, AWS Data Exports, Google Cloud): one row per charge period,
     * resource, SKU and charge. Unknown columns (x_-prefixed provider columns, Tags as JSON) are ignored.
     */
    FOCUS(List.of(List.of("ChargePeriodStart"), List.of("BilledCost")),
            List.of(List.of("ChargePeriodStart"), List.of("SubAccountId"), List.of("ServiceName"), List.of("BilledCost"),
                    List.of("BillingCurrency"), List.of("ChargeCategory")),
            rules(Map.ofEntries(
                    Map.entry(UsageColumn.DATE, first("ChargePeriodStart")),
                    Map.entry(UsageColumn.SUBSCRIPTION, first("SubAccountId").map(CostExportFormat::azureSubscription)),
                    Map.entry(UsageColumn.SERVICE, first("ServiceName")),
                    Map.entry(UsageColumn.METER, first("SkuMeter", "x_SkuMeterName", "SkuId", "ChargeDescription",
                            "ChargeCategory")),
                    Map.entry(UsageColumn.RESOURCE_GROUP, first("x_ResourceGroupName").orElse("")),
                    Map.entry(UsageColumn.RESOURCE_ID, first("ResourceId").orElse("")),
                    Map.entry(UsageColumn.CHARGE_CATEGORY, first("ChargeCategory")),
                    Map.entry(UsageColumn.CHARGE, joined(part("ChargeClass"), part("ChargeFrequency"),
                            part("PricingCategory"), part("CommitmentDiscountId"), part("CommitmentDiscountStatus"),
                            part("SkuId"), part("SkuPriceId"),
                            part("ChargePeriodStart", ExportTimestamp::timeOfDayIfNotMidnight),
                            part("ChargeDescription"))),
                    Map.entry(UsageColumn.QUANTITY, first("ConsumedQuantity", "PricingQuantity").orElse("0")),
                    Map.entry(UsageColumn.UNIT, first("ConsumedUnit", "PricingUnit").orElse("")),
                    Map.entry(UsageColumn.COST, first("BilledCost")),
                    Map.entry(UsageColumn.EFFECTIVE_COST, first("EffectiveCost")),
                    Map.entry(UsageColumn.CURRENCY, first("BillingCurrency"))))),

    /**
     * Azure Cost Management's cost details (actual cost) file, EA and MCA spellings: one row per day, resource,
     * meter and charge type.
     */
    AZURE_COST_DETAILS(List.of(List.of("Date"), List.of("CostInBillingCurrency"), List.of("MeterId", "MeterCategory")),
            List.of(List.of("Date"), List.of("SubscriptionId", "SubscriptionGuid"), List.of("CostInBillingCurrency"),
                    List.of("BillingCurrency", "BillingCurrencyCode")),
            rules(Map.ofEntries(
                    Map.entry(UsageColumn.DATE, first("Date")),
                    Map.entry(UsageColumn.SUBSCRIPTION, first("SubscriptionId", "SubscriptionGuid")),
                    Map.entry(UsageColumn.SERVICE, first("MeterCategory", "ServiceFamily", "ConsumedService",
                            "ProductName", "ChargeType")),
                    Map.entry(UsageColumn.METER, first("MeterName", "MeterId", "ProductName", "ChargeType")),
                    Map.entry(UsageColumn.RESOURCE_GROUP, first("ResourceGroup", "ResourceGroupName").orElse("")),
                    Map.entry(UsageColumn.RESOURCE_ID, first("ResourceId", "InstanceName", "InstanceId").orElse("")),
                    Map.entry(UsageColumn.CHARGE_CATEGORY, first("ChargeType").orElse("")),
                    Map.entry(UsageColumn.CHARGE, joined(part("MeterId"), part("ProductName"), part("PlanName"),
                            part("PricingModel"), part("Frequency"), part("ReservationId"), part("BenefitId"),
                            part("ProductOrderId"), part("Term"))),
                    Map.entry(UsageColumn.QUANTITY, first("Quantity", "UsageQuantity").orElse("0")),
                    Map.entry(UsageColumn.UNIT, first("UnitOfMeasure").orElse("")),
                    Map.entry(UsageColumn.COST, first("CostInBillingCurrency")),
                    Map.entry(UsageColumn.CURRENCY, first("BillingCurrency", "BillingCurrencyCode"))))),

    /** The service's own format (and the partner feed's field names): {@link UsageColumn}'s names. */
    NATIVE(required(), required(), nativeRules());

    /** Column groups (any one name of a group) whose presence says a header is of this format. */
    private final List<List<String>> signature;
    /** Column groups a header of this format must have. */
    private final List<List<String>> required;
    private final Map<UsageColumn, ColumnRule> rules;

    CostExportFormat(List<List<String>> signature, List<List<String>> required, Map<UsageColumn, ColumnRule> rules) {
        this.signature = signature;
        this.required = required;
        this.rules = rules;
    }

    /** The format the header names, checked in declaration order; null when it is none of them. */
    public static CostExportFormat detect(Set<String> normalizedHeader) {
        for (CostExportFormat format : values()) {
            if (format.missing(format.signature, normalizedHeader).isEmpty()) {
                return format;
            }
        }
        return null;
    }

    /** The required columns this header lacks for this format (empty when it has them all). */
    public List<String> missing(Set<String> normalizedHeader) {
        return missing(required, normalizedHeader);
    }

    /** Where each column comes from, bound to a header's positions (normalized name → index). */
    public Map<UsageColumn, ColumnRule.Bound> bind(Map<String, Integer> positions) {
        Map<UsageColumn, ColumnRule.Bound> bound = new EnumMap<>(UsageColumn.class);
        rules.forEach((column, rule) -> bound.put(column, rule.bind(positions)));
        return bound;
    }

    /** The name on the wire and in the upload record: "focus", "azure-cost-details", "native". */
    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** Azure's FOCUS SubAccountId is {@code /subscriptions/<id>}: the subscription registered here is {@code <id>}. */
    static String azureSubscription(String subAccountId) {
        String id = subAccountId.strip();
        String prefix = "/subscriptions/";
        if (!id.regionMatches(true, 0, prefix, 0, prefix.length())) {
            return id;
        }
        String rest = id.substring(prefix.length());
        int slash = rest.indexOf('/');
        return slash < 0 ? rest : rest.substring(0, slash);
    }

    private List<String> missing(List<List<String>> groups, Set<String> normalizedHeader) {
        List<String> missing = new ArrayList<>();
        for (List<String> group : groups) {
            if (group.stream().map(ColumnRule::normalize).noneMatch(normalizedHeader::contains)) {
                missing.add(String.join(" or ", group));
            }
        }
        return missing;
    }

    private static Map<UsageColumn, ColumnRule> rules(Map<UsageColumn, ColumnRule> rules) {
        return new EnumMap<>(rules);
    }

    private static List<List<String>> required() {
        return Arrays.stream(UsageColumn.values()).filter(UsageColumn::required).map(UsageColumn::names).toList();
    }

    private static Map<UsageColumn, ColumnRule> nativeRules() {
        return Arrays.stream(UsageColumn.values()).collect(Collectors.toMap(column -> column,
                column -> first(column.names().toArray(String[]::new)), (a, b) -> a, () -> new EnumMap<>(UsageColumn.class)));
    }
}
