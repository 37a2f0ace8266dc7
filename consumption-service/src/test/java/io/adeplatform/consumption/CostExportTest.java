package io.adeplatform.consumption;

import io.adeplatform.platform.testing.MutableClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.adeplatform.consumption.Fixtures.EXEC;
import static io.adeplatform.consumption.Fixtures.HEADER;
import static io.adeplatform.consumption.Fixtures.row;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * Cost exports as the clouds write them (issue 16): FOCUS and Azure cost details detected from the header, every row
 * kept by a natural key with the resource and the charge identity, re-uploads adding nothing, restated rows updated,
 * and the customer's summary equal to the file's BilledCost total to the cent.
 */
@QuarkusTest
class CostExportTest {

    /** Azure's FocusCost 1.0 columns (a subset, in its order) plus x_ provider columns. */
    private static final List<String> FOCUS = List.of("AvailabilityZone", "BilledCost", "BillingAccountId",
            "BillingAccountName", "BillingCurrency", "BillingPeriodEnd", "BillingPeriodStart", "ChargeCategory",
            "ChargeClass", "ChargeDescription", "ChargeFrequency", "ChargePeriodEnd", "ChargePeriodStart",
            "CommitmentDiscountId", "CommitmentDiscountStatus", "ConsumedQuantity", "ConsumedUnit", "EffectiveCost",
            "ListCost", "PricingCategory", "PricingQuantity", "PricingUnit", "ProviderName", "RegionId", "ResourceId",
            "ResourceName", "ServiceCategory", "ServiceName", "SkuId", "SkuPriceId", "SubAccountId", "SubAccountName",
            "Tags", "x_ResourceGroupName", "x_SkuMeterName", "x_SkuMeterId");
    /** Azure cost details (actual cost), EA spelling (a subset, in its order). */
    private static final List<String> AZURE = List.of("InvoiceSectionName", "AccountName", "SubscriptionId",
            "SubscriptionName", "ResourceGroup", "ResourceLocation", "Date", "ProductName", "MeterCategory",
            "MeterSubCategory", "MeterId", "MeterName", "MeterRegion", "UnitOfMeasure", "Quantity", "EffectivePrice",
            "CostInBillingCurrency", "CostCenter", "ConsumedService", "ResourceId", "Tags", "AdditionalInfo",
            "ChargeType", "Frequency", "PricingModel", "BillingCurrencyCode", "CostInUsd");

    @Inject
    MutableClock clock;

    @Inject
    EntityManager em;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void focusExportKeepsEveryRowReuploadAddsNothingAndARestatedRowIsUpdated() {
        clock.set(Instant.parse("2026-05-20T08:00:00Z"));
        UUID customer = Fixtures.customer("Focus Freight");
        String sub = Fixtures.subscription(customer);
        List<Map<String, String>> rows = new ArrayList<>();
        for (String vm : List.of("vm-1", "vm-2", "vm-3")) { // three VMs of one size: same meter, day and group
            rows.add(vmUsage(sub, vm, "2026-05-10", "2.4567891234"));
        }
        rows.add(vmUsage(sub, "vm-1", "2026-05-11", "2.4567891234"));
        Map<String, String> storage = focusRow(sub, "2026-05-10", "0.0000123457");
        storage.putAll(Map.of("ServiceName", "Storage Accounts", "SkuId", "DZH318Z0BNVX", "x_SkuMeterName", "LRS Data Stored",
                "ResourceId", resource(sub, "Microsoft.Storage/storageAccounts/logs"), "ConsumedQuantity", "0.5",
                "ConsumedUnit", "GB/Month"));
        rows.add(storage);
        Map<String, String> reservationUsed = vmUsage(sub, "vm-1", "2026-05-10", "0"); // same VM and day, another charge
        reservationUsed.putAll(Map.of("PricingCategory", "Committed", "CommitmentDiscountStatus", "Used",
                "CommitmentDiscountId", "/providers/Microsoft.Capacity/reservationOrders/ro-1", "EffectiveCost", "1.10"));
        rows.add(reservationUsed);
        Map<String, String> tax = focusRow(sub, "2026-05-10", "0.4500000001"); // no resource, SKU or quantity
        tax.putAll(Map.of("ChargeCategory", "Tax", "ChargeDescription", "VAT", "ServiceName", "Azure"));
        rows.add(tax);
        Map<String, String> credit = focusRow(sub, "2026-05-11", "-1.2500000000");
        credit.putAll(Map.of("ChargeCategory", "Credit", "ChargeDescription", "Azure credit", "ServiceName", "Azure"));
        rows.add(credit);
        Map<String, String> hourly = vmUsage(sub, "vm-4", "2026-05-11", "0.1000000003"); // hourly rows of one day
        Map<String, String> nextHour = vmUsage(sub, "vm-4", "2026-05-11", "0.1000000003");
        hourly.put("ChargePeriodStart", "2026-05-11T05:00:00Z");
        nextHour.put("ChargePeriodStart", "2026-05-11T06:00:00Z");
        rows.addAll(List.of(hourly, nextHour));
        String file = csv(FOCUS, rows);

        Fixtures.upload(file).statusCode(200).body("format", equalTo("focus"))
                .body("accepted", equalTo(rows.size())).body("duplicates", equalTo(0)).body("updated", equalTo(0))
                .body("rejected", equalTo(0)).body("fromDate", equalTo("2026-05-10")).body("toDate", equalTo("2026-05-11"));
        assertThat(storedRows(customer, "usage_date = '2026-05-10' AND cost = 2.4567891234")).isEqualTo(3);
        assertThat(storedRows(customer, "resource_id LIKE '%/virtualMachines/vm-_'")).isEqualTo(7);
        assertTotals(customer, billedTotal(rows));
        assertThat(monthToDate(customer)).isEqualByComparingTo(billedTotal(rows).setScale(2, RoundingMode.HALF_UP));

        Fixtures.upload(file).statusCode(200).body("accepted", equalTo(0))
                .body("duplicates", equalTo(rows.size())).body("updated", equalTo(0));
        assertTotals(customer, billedTotal(rows));

        rows.get(1).put("BilledCost", "3.0000000001"); // vm-2 restated: same usage, corrected cost
        Fixtures.upload(csv(FOCUS, rows)).statusCode(200).body("accepted", equalTo(0))
                .body("duplicates", equalTo(rows.size() - 1)).body("updated", equalTo(1));
        assertThat(storedRows(customer, "true")).isEqualTo(rows.size());
        assertTotals(customer, billedTotal(rows));
        assertThat(monthToDate(customer)).isEqualByComparingTo(billedTotal(rows).setScale(2, RoundingMode.HALF_UP));
        assertThat(storedRows(customer, "subscription_id = '" + sub + "' AND resource_group = 'rg-web' "
                + "AND meter = 'D2s v3' AND effective_cost IS NOT NULL")).isEqualTo(7);
    }

    @Test
    void azureCostDetailsKeepEveryResourceAndChargeType() {
        UUID customer = Fixtures.customer("Azure Actuals");
        String sub = UUID.randomUUID().toString();
        Fixtures.subscription(customer, sub);
        List<Map<String, String>> rows = new ArrayList<>();
        for (String vm : List.of("vm-a", "vm-b", "vm-c")) {
            rows.add(azureRow(sub, vm, "05/10/2026", "Usage", "1.2345678901"));
        }
        rows.add(azureRow(sub, "vm-a", "05/10/2026", "UnusedReservation", "0.3300000000"));
        Map<String, String> other = azureRow(sub, "vm-a", "2026-05-11", "Usage", "1.2345678901");
        other.put("MeterCategory", "");  // a purchase-like row without a category: service from the consumed service
        rows.add(other);
        String file = csv(AZURE, rows);
        Fixtures.upload(file).statusCode(200).body("format", equalTo("azure-cost-details"))
                .body("accepted", equalTo(5)).body("duplicates", equalTo(0)).body("rejected", equalTo(0));
        BigDecimal total = rows.stream().map(r -> new BigDecimal(r.get("CostInBillingCurrency")))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertTotals(customer, total);
        assertThat(storedRows(customer, "service = 'Microsoft.Compute'")).isEqualTo(1);
        assertThat(storedRows(customer, "charge_category = 'UnusedReservation'")).isEqualTo(1);
        Fixtures.upload(file).statusCode(200).body("accepted", equalTo(0)).body("duplicates", equalTo(5));
    }

    @Test
    void theServicesOwnFormatStillLoadsAndItsKeyIsUnchanged() {
        UUID customer = Fixtures.customer("Own Format Co");
        String sub = Fixtures.subscription(customer);
        String file = HEADER + row("2026-05-01", sub, "Storage", "Blob", "1.00") + row("2026-05-02", sub, "Storage", "Blob", "2.00");
        Fixtures.upload(file).statusCode(200).body("format", equalTo("native")).body("accepted", equalTo(2));
        Fixtures.upload(file.replace(",2.00,", ",2.50,")).statusCode(200)
                .body("accepted", equalTo(0)).body("duplicates", equalTo(1)).body("updated", equalTo(1));
        assertTotals(customer, new BigDecimal("3.50"));
    }

    @Test
    void unknownOrIncompleteHeadersAreRefusedAndBadRowsRejectedWithTheirLine() {
        UUID customer = Fixtures.customer("Hostile Exports");
        String sub = Fixtures.subscription(customer);
        Fixtures.upload("Foo,Bar,Baz\n1,2,3\n").statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("header")).body("detail", containsString("FOCUS"));
        List<String> noCurrency = FOCUS.stream().filter(c -> !c.equals("BillingCurrency")).toList();
        Fixtures.upload(csv(noCurrency, List.of(vmUsage(sub, "vm-1", "2026-05-10", "1.00"))))
                .statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("focus export needs column(s) BillingCurrency"));
        assertThat(storedRows(customer, "true")).isZero();

        List<Map<String, String>> rows = new ArrayList<>();
        rows.add(vmUsage(sub, "vm-1", "2026-05-10", "1.00"));                           // line 2 ok
        rows.add(vmUsage(sub, "vm-2", "2026-05-10", "abc"));                            // 3 cost not a number
        Map<String, String> badTime = vmUsage(sub, "vm-3", "2026-05-10", "1.00");
        badTime.put("ChargePeriodStart", "yesterday");
        rows.add(badTime);                                                              // 4 bad date
        Map<String, String> unknown = vmUsage(sub, "vm-4", "2026-05-10", "1.00");
        unknown.put("SubAccountId", "/subscriptions/not-registered");
        rows.add(unknown);                                                              // 5 unknown subscription
        Map<String, String> badCurrency = vmUsage(sub, "vm-5", "2026-05-10", "1.00");
        badCurrency.put("BillingCurrency", "Dollars");
        rows.add(badCurrency);                                                          // 6 currency
        rows.add(vmUsage(sub, "vm-6", "2026-05-10", "2.00"));                           // 7 ok
        Fixtures.upload(csv(FOCUS, rows)).statusCode(200)
                .body("accepted", equalTo(2)).body("rejected", equalTo(4))
                .body("rejections.line", equalTo(List.of(3, 4, 5, 6)))
                .body("rejections[0].reason", containsString("cost is not a number"))
                .body("rejections[1].reason", containsString("bad date"))
                .body("rejections[2].reason", containsString("unknown subscription 'not-registered'"))
                .body("rejections[3].reason", containsString("ISO 4217"));
        assertTotals(customer, new BigDecimal("3.00"));
    }

    // --- files ------------------------------------------------------------------------------------------------

    private static String resource(String sub, String path) {
        return "/subscriptions/" + sub + "/resourceGroups/rg-web/providers/" + path;
    }

    private static Map<String, String> focusRow(String sub, String day, String billed) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("BilledCost", billed);
        row.put("BillingAccountId", "/providers/Microsoft.Billing/billingAccounts/123");
        row.put("BillingAccountName", "Contoso");
        row.put("BillingCurrency", "USD");
        row.put("BillingPeriodStart", "2026-05-01T00:00:00Z");
        row.put("BillingPeriodEnd", "2026-06-01T00:00:00Z");
        row.put("ChargeCategory", "Usage");
        row.put("ChargeFrequency", "Usage-Based");
        row.put("ChargePeriodStart", day + "T00:00:00Z");
        row.put("ChargePeriodEnd", java.time.LocalDate.parse(day).plusDays(1) + "T00:00:00Z");
        row.put("EffectiveCost", billed);
        row.put("ListCost", billed);
        row.put("PricingCategory", "Standard");
        row.put("ProviderName", "Microsoft");
        row.put("RegionId", "westeurope");
        row.put("SubAccountId", "/subscriptions/" + sub);
        row.put("SubAccountName", "Production");
        row.put("Tags", "{\"env\": \"prod\", \"team\": \"web, ops\"}");
        row.put("x_ResourceGroupName", "rg-web");
        return row;
    }

    private static Map<String, String> vmUsage(String sub, String vm, String day, String billed) {
        Map<String, String> row = focusRow(sub, day, billed);
        row.putAll(Map.of("ServiceName", "Virtual Machines", "ServiceCategory", "Compute", "SkuId", "DZH318Z0BQ4L",
                "SkuPriceId", "DZH318Z0BQ4L/0015", "x_SkuMeterName", "D2s v3", "x_SkuMeterId", "a1b2c3",
                "ChargeDescription", "D2s v3 - West Europe", "ResourceId", resource(sub, "Microsoft.Compute/virtualMachines/" + vm),
                "ResourceName", vm));
        row.putAll(Map.of("ConsumedQuantity", "24", "ConsumedUnit", "Hours"));
        return row;
    }

    private static Map<String, String> azureRow(String sub, String vm, String date, String chargeType, String cost) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("SubscriptionId", sub);
        row.put("ResourceGroup", "rg-web");
        row.put("Date", date);
        row.put("MeterCategory", "Virtual Machines");
        row.put("MeterId", "f1e2d3c4-0000-4000-8000-000000000001");
        row.put("MeterName", "D2s v3");
        row.put("UnitOfMeasure", "1 Hour");
        row.put("Quantity", "24");
        row.put("CostInBillingCurrency", cost);
        row.put("CostInUsd", "999");
        row.put("ConsumedService", "Microsoft.Compute");
        row.put("ResourceId", resource(sub, "Microsoft.Compute/virtualMachines/" + vm));
        row.put("Tags", "\"env\": \"prod\"");
        row.put("ChargeType", chargeType);
        row.put("Frequency", "UsageBased");
        row.put("PricingModel", chargeType.equals("Usage") ? "OnDemand" : "Reservation");
        row.put("BillingCurrencyCode", "EUR");
        return row;
    }

    /** RFC 4180: every value quoted, quotes doubled; columns of the header a row lacks are empty. */
    private static String csv(List<String> header, List<Map<String, String>> rows) {
        StringBuilder csv = new StringBuilder(String.join(",", header)).append("\r\n");
        for (Map<String, String> row : rows) {
            csv.append(String.join(",", header.stream()
                    .map(column -> "\"" + row.getOrDefault(column, "").replace("\"", "\"\"") + "\"").toList()))
                    .append("\r\n");
        }
        return csv.toString();
    }

    private static BigDecimal billedTotal(List<Map<String, String>> rows) {
        return rows.stream().map(r -> new BigDecimal(r.get("BilledCost"))).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    // --- what was stored ----------------------------------------------------------------------------------------

    /** Raw rows and the rollup both hold exactly {@code expected}. */
    private void assertTotals(UUID customer, BigDecimal expected) {
        BigDecimal[] totals = QuarkusTransaction.requiringNew().call(() -> new BigDecimal[] {
                (BigDecimal) em.createNativeQuery("SELECT coalesce(sum(cost), 0) FROM usage_record WHERE customer_id = ?1")
                        .setParameter(1, customer).getSingleResult(),
                (BigDecimal) em.createNativeQuery("SELECT coalesce(sum(cost), 0) FROM usage_daily WHERE customer_id = ?1")
                        .setParameter(1, customer).getSingleResult()});
        assertThat(totals[0]).isEqualByComparingTo(expected);
        assertThat(totals[1]).isEqualByComparingTo(expected);
    }

    private long storedRows(UUID customer, String condition) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM usage_record WHERE customer_id = ?1 AND " + condition)
                .setParameter(1, customer).getSingleResult()).longValue());
    }

    private static BigDecimal monthToDate(UUID customer) {
        Object amount = given().header("Authorization", EXEC).get("/api/consumption/customers/" + customer + "/summary")
                .then().statusCode(200).body("month.monthToDate.currency", equalTo("USD"))
                .extract().path("month.monthToDate.amount");
        return new BigDecimal(amount.toString());
    }
}
