package io.adeplatform.fault;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One kind of create the ledger sends through the gateway, and where its effects show: the resource itself in the
 * owning service, and its projection in the services that learn it from events.
 */
enum LedgerWrite {
    /** relationship-service; every other service projects the customer (relationship.customer.events). */
    CUSTOMER {
        @Override
        String path() {
            return "/api/customers";
        }

        @Override
        Map<String, Object> body(String name, String anchorCustomer) {
            return Map.of("name", name, "segment", "state-government");
        }

        @Override
        String listPath(String prefix, String anchorCustomer) {
            return "/api/customers?q=" + prefix;
        }

        @Override
        List<String> effects(String id) {
            return FaultPlatform.PROJECTIONS.stream().map(area -> "/api/" + area + "/customer-projections/" + id).toList();
        }
    },
    /** portfolio-service; billing-service learns the engagement (portfolio.engagement.events) for its profitability. */
    ENGAGEMENT {
        @Override
        String path() {
            return "/api/engagements";
        }

        @Override
        Map<String, Object> body(String name, String anchorCustomer) {
            LocalDate today = LocalDate.now();
            return Map.of("customerId", anchorCustomer, "name", name, "offering", "Cloud migration",
                    "deliveryManager", Users.MEMBER, "startDate", today.toString(), "endDate", today.plusDays(200).toString(),
                    "budget", Map.of("amount", "100000.00", "currency", "USD"));
        }

        @Override
        String listPath(String prefix, String anchorCustomer) {
            return "/api/engagements?customerId=" + anchorCustomer;
        }

        @Override
        List<String> effects(String id) {
            return List.of("/api/billing/engagements/" + id + "/profitability");
        }
    };

    abstract String path();

    abstract Map<String, Object> body(String name, String anchorCustomer);

    /** The list (through the gateway) in which each of this run's names must appear exactly once. */
    abstract String listPath(String prefix, String anchorCustomer);

    /** Reads that answer 200 once the write's events were applied downstream. */
    abstract List<String> effects(String id);

    String readPath(String id) {
        return path() + "/" + id;
    }
}
