package io.adeplatform.billing;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * billing-service's OpenAPI document is one a client can be generated from: every operation named, tagged, summarized
 * and described; every success answer with its schema; creates documented as 201; lists in the envelope; every change
 * of an existing item declaring the If-Match it requires; state changes only through {@code …/transitions}.
 */
@QuarkusTest
class BillingOpenApiTest {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    private Map<String, Object> document;

    @BeforeEach
    @SuppressWarnings("unchecked")
    void readTheDocument() {
        document = given().get("/q/openapi?format=json").then().statusCode(200).extract().as(Map.class);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> map(Object value) {
        return (Map<String, Map<String, Object>>) value;
    }

    /**
     * "METHOD path" → operation, for every operation of billing's own resources. The platform's operator endpoints
     * that every service serves ({@code /api/admin/{domain}/dead-letters}, platform/events) are the platform's to
     * document and are left out here.
     */
    private Map<String, Map<String, Object>> operations() {
        Map<String, Map<String, Object>> operations = new java.util.TreeMap<>();
        map(document.get("paths")).forEach((path, item) -> item.forEach((method, operation) -> {
            if (METHODS.contains(method) && !path.startsWith("/api/admin/")) {
                operations.put(method.toUpperCase() + " " + path, map(item).get(method));
            }
        }));
        return operations;
    }

    @Test
    void everyOperationIsNamedTaggedSummarizedAndDescribed() {
        Set<String> ids = new HashSet<>();
        List<String> missing = new ArrayList<>();
        operations().forEach((name, operation) -> {
            Object id = operation.get("operationId");
            if (!(id instanceof String text) || !text.matches("[a-z][A-Za-z0-9]+") || !ids.add(text)) {
                missing.add(name + ": operationId " + id);
            }
            for (String field : List.of("summary", "description")) {
                if (!(operation.get(field) instanceof String text) || text.isBlank()) {
                    missing.add(name + ": " + field);
                }
            }
            if (!(operation.get("tags") instanceof List<?> tags) || tags.size() != 1) {
                missing.add(name + ": one tag");
            }
        });
        assertThat(missing).isEmpty();
        assertThat(ids).contains("listContracts", "createContract", "getContract", "updateContract", "transitionContract",
                "createContractRevision", "completeContractComplianceItem", "updateContractLineProgress",
                "getContractRevenue", "listInvoices", "getInvoice", "createInvoicesFromSchedule", "createInvoiceFromTime",
                "transitionInvoice", "createCreditNote", "listCreditNotes", "getCreditNote", "listTimeEntries",
                "getTimeEntry", "createTimeEntry", "transitionTimeEntry", "getEngagementProfitability",
                "listEngagementMilestoneBilling", "getBillingCustomerProjection", "rebuildBillingCustomerProjection");
    }

    @Test
    void everyTagIsDescribed() {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> tags = (List<Map<String, Object>>) document.get("tags");
        Set<Object> used = new HashSet<>();
        operations().values().forEach(operation -> used.addAll((List<?>) operation.get("tags")));
        assertThat(tags).extracting(tag -> tag.get("name")).containsAll(used);
        assertThat(tags).allSatisfy(tag -> assertThat((String) tag.get("description")).as("%s", tag.get("name")).isNotBlank());
    }

    @Test
    void everySuccessAnswerHasItsSchemaAndCreatesAre201() {
        List<String> problems = new ArrayList<>();
        operations().forEach((name, operation) -> {
            Map<String, Map<String, Object>> responses = map(operation.get("responses"));
            responses.forEach((status, response) -> {
                if (!status.startsWith("2") || status.equals("204")) {
                    return;
                }
                Map<String, Map<String, Object>> content = map(response.get("content"));
                if (content == null || content.isEmpty()) {
                    problems.add(name + " " + status + ": no content");
                    return;
                }
                content.forEach((type, media) -> {
                    Object schema = media.get("schema");
                    if (!(schema instanceof Map<?, ?> s) || s.isEmpty()) {
                        problems.add(name + " " + status + " " + type + ": empty schema");
                    } else if ("array".equals(s.get("type"))) {
                        problems.add(name + " " + status + ": a bare array, not the list envelope");
                    }
                });
            });
            if (String.valueOf(operation.get("operationId")).startsWith("create") && !responses.containsKey("201")) {
                problems.add(name + ": a create without 201");
            }
        });
        assertThat(problems).isEmpty();
    }

    /** Updates, moves and checklist work on an existing item name the If-Match they require. */
    @Test
    @SuppressWarnings("unchecked")
    void everyChangeOfAnExistingItemDeclaresARequiredIfMatch() {
        List<String> changes = operations().entrySet().stream()
                .filter(e -> e.getKey().startsWith("PUT ") || e.getKey().endsWith("/transitions")
                        || e.getKey().contains("/compliance/"))
                .map(e -> {
                    List<Map<String, Object>> parameters = (List<Map<String, Object>>) e.getValue().get("parameters");
                    boolean declared = parameters != null && parameters.stream().anyMatch(p -> "header".equals(p.get("in"))
                            && "If-Match".equalsIgnoreCase((String) p.get("name")) && Boolean.TRUE.equals(p.get("required")));
                    return e.getKey() + (declared ? "" : ": no required If-Match");
                }).toList();
        assertThat(changes).hasSize(7).noneMatch(change -> change.endsWith("If-Match"));
    }

    @Test
    void everyEndpointIsInTheDocumentAndTheOldVerbsAndPathsAreGone() {
        Set<String> paths = map(document.get("paths")).keySet();
        assertThat(paths).contains("/api/contracts", "/api/contracts/{id}", "/api/contracts/{id}/transitions",
                "/api/contracts/{id}/revisions", "/api/contracts/{id}/compliance/{item}",
                "/api/contracts/{id}/lines/{lineId}/progress", "/api/contracts/{id}/revenue",
                "/api/invoices", "/api/invoices/{id}", "/api/invoices/from-schedule", "/api/invoices/from-time",
                "/api/invoices/{id}/transitions", "/api/invoices/{id}/credit-notes",
                "/api/invoices/{id}/credit-notes/{creditNoteId}", "/api/billing/time-entries",
                "/api/billing/time-entries/{id}", "/api/billing/time-entries/{id}/transitions",
                "/api/billing/engagements/{id}/profitability", "/api/billing/engagements/{id}/milestone-billing",
                "/api/billing/customer-projections/{customerId}", "/api/billing/customer-projections/rebuild",
                "/api/billing/revenue-forecast", "/api/billing/revenue-forecast/{customerId}",
                "/api/billing/revenue-targets", "/api/billing/revenue-targets/{customerId}/{fiscalYear}",
                "/api/billing/revenue-attainment/{customerId}");
        assertThat(paths).noneMatch(path -> path.matches(".*/(submit|approve|reject|sign|activate|close|issue|pay|void)$"))
                .noneMatch(path -> path.startsWith("/api/billing/customers"));
    }
}
