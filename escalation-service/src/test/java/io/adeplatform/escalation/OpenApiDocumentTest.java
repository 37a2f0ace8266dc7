package io.adeplatform.escalation;

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
 * The service's OpenAPI document follows contracts/README.md's conventions for every operation under /api/escalations
 * (the platform's operator endpoints under /api/admin/ are the platform's to document).
 */
@QuarkusTest
class OpenApiDocumentTest {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    private Map<String, Object> document;

    /** Every operation of this service: "METHOD path" → operation. */
    private final Map<String, Map<String, Object>> operations = new java.util.TreeMap<>();

    @BeforeEach
    @SuppressWarnings("unchecked")
    void readTheDocument() {
        document = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().as(Map.class);
        ((Map<String, Map<String, Object>>) document.get("paths")).forEach((path, item) -> {
            if (path.startsWith("/api/escalations")) {
                item.forEach((method, operation) -> {
                    if (METHODS.contains(method)) {
                        operations.put(method.toUpperCase() + " " + path, (Map<String, Object>) operation);
                    }
                });
            }
        });
    }

    @Test
    void everyEndpointIsThereUnderItsNewPathAndTheOldVerbPathsAreGone() {
        assertThat(operations.keySet()).containsExactlyInAnyOrder(
                "POST /api/escalations", "GET /api/escalations", "GET /api/escalations/{id}", "PUT /api/escalations/{id}",
                "POST /api/escalations/{id}/transitions", "POST /api/escalations/{id}/level/transitions",
                "GET /api/escalations/{id}/sla", "POST /api/escalations/{id}/sla/transitions",
                "GET /api/escalations/{id}/timeline", "POST /api/escalations/{id}/timeline",
                "GET /api/escalations/{id}/timeline/{entryId}",
                "GET /api/escalations/sla-policies", "GET /api/escalations/sla-policies/{severity}",
                "PUT /api/escalations/sla-policies/{severity}",
                "GET /api/escalations/customer-projections/{customerId}",
                "POST /api/escalations/customer-projections/rebuild");
        assertThat(given().queryParam("format", "json").get("/q/openapi").asString())
                .contains("customerVisible").contains("only entries a customer-facing client may read");
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyOperationHasAUniqueIdASummaryADescriptionAndADescribedTag() {
        Map<String, String> tags = new java.util.HashMap<>();
        ((List<Map<String, String>>) document.get("tags")).forEach(tag -> tags.put(tag.get("name"), tag.get("description")));
        Set<String> ids = new HashSet<>();
        operations.forEach((name, operation) -> {
            assertThat((String) operation.get("operationId")).as(name).matches("[a-z][a-zA-Z]+");
            assertThat(ids.add((String) operation.get("operationId"))).as(name + " has a unique id").isTrue();
            assertThat((String) operation.get("summary")).as(name).isNotBlank();
            assertThat((String) operation.get("description")).as(name).isNotBlank();
            List<String> operationTags = (List<String>) operation.get("tags");
            assertThat(operationTags).as(name).hasSize(1);
            assertThat(tags.get(operationTags.get(0))).as("description of tag " + operationTags).isNotBlank();
            // page and limit come from platform/http's PageRequest, which the platform describes
            ((List<Map<String, Object>>) operation.getOrDefault("parameters", List.of())).stream()
                    .filter(parameter -> !Set.of("page", "limit").contains(parameter.get("name")))
                    .forEach(parameter -> assertThat((String) parameter.get("description"))
                            .as(name + " " + parameter.get("name")).isNotBlank());
        });
        assertThat(tags.keySet()).contains("Escalations", "Escalation levels", "Escalation SLA timers",
                "Escalation timeline", "Escalation SLA policies", "Escalation customer projection");
    }

    @Test
    @SuppressWarnings("unchecked")
    void everySuccessHasASchemaAndEveryCreateIs201() {
        List<String> empty = new ArrayList<>();
        operations.forEach((name, operation) -> {
            Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) operation.get("responses");
            responses.forEach((status, response) -> {
                if (status.startsWith("2") && !status.equals("204")) {
                    Map<String, Map<String, Object>> content = (Map<String, Map<String, Object>>) response.get("content");
                    if (content == null || content.values().stream().anyMatch(media ->
                            !(media.get("schema") instanceof Map<?, ?> schema) || schema.isEmpty())) {
                        empty.add(name + " " + status);
                    }
                }
            });
            if (((String) operation.get("operationId")).startsWith("create")) {
                assertThat(responses).as(name).containsKey("201").doesNotContainKey("200");
            }
        });
        assertThat(empty).as("success responses without a schema").isEmpty();
        assertThat(operations.get("POST /api/escalations").get("operationId")).isEqualTo("createEscalation");
        assertThat(operations.get("POST /api/escalations/{id}/timeline").get("operationId"))
                .isEqualTo("createEscalationTimelineEntry");
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyChangeOfAnExistingItemRequiresIfMatchAndEveryListIsPaged() {
        operations.forEach((name, operation) -> {
            String id = (String) operation.get("operationId");
            List<Map<String, Object>> parameters = (List<Map<String, Object>>) operation.getOrDefault("parameters", List.of());
            boolean ifMatchRequired = parameters.stream().anyMatch(p -> "header".equals(p.get("in"))
                    && "If-Match".equals(p.get("name")) && Boolean.TRUE.equals(p.get("required")));
            if (name.startsWith("PUT ") || id.startsWith("transition")) {
                assertThat(ifMatchRequired).as(name + " requires If-Match").isTrue();
            }
            if (id.startsWith("list")) {
                assertThat(parameters).as(name).extracting(p -> p.get("name")).contains("page", "limit");
                Map<String, Object> schema = (Map<String, Object>) ((Map<String, Map<String, Object>>) ((Map<String, Map<String, Object>>)
                        operation.get("responses")).get("200").get("content")).get("application/json").get("schema");
                assertThat(envelope(schema)).as(name + " answers the list envelope").containsKeys("items", "page", "limit", "hasMore");
            }
        });
        assertThat(operations.keySet().stream().filter(name -> name.contains("transitions"))).hasSize(3);
    }

    /** The properties of a response schema, following its $ref into the components. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> envelope(Map<String, Object> schema) {
        String ref = (String) schema.get("$ref");
        Map<String, Object> resolved = ref == null ? schema : ((Map<String, Map<String, Object>>) ((Map<String, Object>)
                document.get("components")).get("schemas")).get(ref.substring(ref.lastIndexOf('/') + 1));
        return (Map<String, Object>) resolved.get("properties");
    }
}
