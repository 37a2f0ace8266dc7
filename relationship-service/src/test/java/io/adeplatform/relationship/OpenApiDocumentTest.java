package io.adeplatform.relationship;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service's OpenAPI document as a client generator reads it (issue 17): every operation named, tagged, summarised
 * and described; success answers with their real status and a schema; lists as the page envelope; every change of an
 * existing item declaring If-Match; every request body field with an example.
 */
@QuarkusTest
class OpenApiDocumentTest {

    /** The platform's own operator endpoints (dead letters) are documented by platform/events, not here. */
    private static final String PLATFORM_PATHS = "/api/admin/";
    /** The one create that also answers 200: a cadence status pack already kept (issue 21, nothing stored). */
    private static final String CREATE_ANSWERING_EXISTING = "POST /api/customers/{customerId}/status-packs";

    private static Map<String, Object> document;

    /** Read once Quarkus runs (a @BeforeAll would run before RestAssured knows the port). */
    @BeforeEach
    void read() {
        if (document == null) {
            document = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().path("");
        }
    }

    @Test
    void everyOperationHasAUniqueIdASummaryADescriptionAndADescribedTag() {
        List<String> ids = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Set<String> describedTags = new java.util.HashSet<>();
        List<Map<String, Object>> documentTags = list(document.get("tags"));
        for (Map<String, Object> tag : documentTags) {
            if (tag.get("description") instanceof String d && !d.isBlank()) {
                describedTags.add((String) tag.get("name"));
            }
        }
        forEachOperation((key, operation) -> {
            for (String field : List.of("operationId", "summary", "description")) {
                if (!(operation.get(field) instanceof String value) || value.isBlank()) {
                    problems.add(key + " has no " + field);
                }
            }
            if (operation.get("operationId") instanceof String id && !id.matches("[a-z][A-Za-z]+")) {
                problems.add(key + " operationId " + id + " is not camelCase");
            }
            ids.add(String.valueOf(operation.get("operationId")));
            List<Object> tags = list(operation.get("tags"));
            if (tags.isEmpty()) {
                problems.add(key + " has no tag");
            }
            tags.stream().filter(t -> !describedTags.contains(t)).forEach(t -> problems.add(key + " tag " + t + " is not described"));
        });
        assertThat(problems).isEmpty();
        assertThat(ids).doesNotHaveDuplicates().hasSizeGreaterThanOrEqualTo(30);
    }

    @Test
    void successAnswersHaveTheirRealStatusAndASchema() {
        List<String> problems = new ArrayList<>();
        forEachOperation((key, operation) -> {
            Map<String, Object> responses = map(operation.get("responses"));
            boolean creates = key.startsWith("POST ") && !key.endsWith("/transitions");
            boolean mayAnswerExisting = key.equals(CREATE_ANSWERING_EXISTING);
            if (creates && (!responses.containsKey("201") || responses.containsKey("200") && !mayAnswerExisting)) {
                problems.add(key + " creates but documents " + responses.keySet());
            }
            responses.forEach((status, response) -> {
                if (!status.startsWith("2") || status.equals("204")) {
                    return;
                }
                // JSON, or the one binary type an operation answers (a status pack's PDF)
                Map<String, Object> content = map(map(response).get("content"));
                Map<String, Object> schema = map(map(content.getOrDefault("application/json",
                        content.size() == 1 ? content.values().iterator().next() : null)).get("schema"));
                if (schema.isEmpty()) {
                    problems.add(key + " " + status + " has an empty schema");
                } else if ("array".equals(schema.get("type"))) {
                    problems.add(key + " " + status + " answers a bare array, not the page envelope");
                }
            });
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void listsAnswerThePageEnvelope() {
        List<String> lists = new ArrayList<>();
        forEachOperation((key, operation) -> {
            boolean paged = list(operation.get("parameters")).stream().map(p -> map(p).get("name")).toList()
                    .containsAll(List.of("page", "limit"));
            if (!paged) {
                return;
            }
            lists.add(key);
            Map<String, Object> schema = resolve(map(map(map(map(map(operation.get("responses")).get("200"))
                    .get("content")).get("application/json")).get("schema")));
            assertThat(map(schema.get("properties")).keySet()).as(key)
                    .containsExactlyInAnyOrder("items", "page", "limit", "hasMore");
        });
        assertThat(lists).contains("GET /api/customers", "GET /api/customers/{customerId}/account-team",
                "GET /api/customers/{customerId}/stakeholders", "GET /api/customers/{customerId}/interactions",
                "GET /api/stakeholders/{id}/interactions", "GET /api/customers/{customerId}/health/history",
                "GET /api/customers/{customerId}/account-plan/objectives",
                "GET /api/customers/{customerId}/account-plan/initiatives",
                "GET /api/customers/{customerId}/account-plan/opportunities",
                "GET /api/customers/{customerId}/satisfaction-surveys",
                "GET /api/customers/{customerId}/satisfaction-follow-ups",
                "GET /api/customers/{customerId}/status-packs");
    }

    @Test
    void everyChangeOfAnExistingItemRequiresIfMatchAndStateChangesAreTransitions() {
        List<String> problems = new ArrayList<>();
        List<String> transitions = new ArrayList<>();
        forEachOperation((key, operation) -> {
            boolean changesExisting = key.startsWith("PUT ") || key.startsWith("DELETE ") || key.endsWith("/transitions");
            if (key.endsWith("/transitions")) {
                transitions.add(key);
            }
            boolean ifMatch = list(operation.get("parameters")).stream().map(OpenApiDocumentTest::map)
                    .anyMatch(p -> "If-Match".equals(p.get("name")) && "header".equals(p.get("in"))
                            && Boolean.TRUE.equals(p.get("required")));
            if (changesExisting != ifMatch) {
                problems.add(key + (ifMatch ? " requires If-Match but creates" : " does not declare a required If-Match"));
            }
        });
        assertThat(problems).isEmpty();
        assertThat(transitions).containsExactlyInAnyOrder("POST /api/customers/{id}/transitions",
                "POST /api/customers/{customerId}/account-plan/opportunities/{id}/transitions",
                "POST /api/customers/{customerId}/satisfaction-follow-ups/{id}/transitions");
        assertThat(map(document.get("paths")).keySet())
                .noneMatch(path -> path.endsWith("/archive") || path.endsWith("/stage"));
    }

    @Test
    void everyParameterIsDescribedAndEveryRequestBodyFieldHasAnExample() {
        List<String> problems = new ArrayList<>();
        forEachOperation((key, operation) -> {
            for (Object parameter : list(operation.get("parameters"))) {
                Map<String, Object> p = map(parameter);
                boolean paging = List.of("page", "limit").contains(p.get("name"));
                if (!paging && !(p.get("description") instanceof String d && !d.isBlank())) {
                    problems.add(key + " parameter " + p.get("name") + " is not described");
                }
            }
            Map<String, Object> body = map(map(map(operation.get("requestBody")).get("content")).get("application/json"));
            if (body.isEmpty()) {
                return;
            }
            map(resolve(map(body.get("schema"))).get("properties")).forEach((field, property) -> {
                Map<String, Object> schema = map(property);
                // OpenAPI 3.1 writes examples as a list; Money's example is on its own schema
                boolean money = String.valueOf(schema.get("$ref")).endsWith("/Money") && resolve(schema).containsKey("example");
                if (!schema.containsKey("examples") && !schema.containsKey("example") && !money) {
                    problems.add(key + " body field " + field + " has no example");
                }
            });
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void pdfBodiesAreBinaryStringsUnderApplicationPdf() {
        Map<String, Object> keep = at(document, "paths", "/api/customers/{customerId}/status-packs", "post");
        assertThat(at(keep, "requestBody", "content", "application/pdf", "schema"))
                .containsEntry("type", "string").containsEntry("format", "binary");
        assertThat(at(document, "paths", "/api/customers/{customerId}/status-packs/{packId}", "get", "responses", "200",
                "content", "application/pdf", "schema")).containsEntry("type", "string").containsEntry("format", "binary");
        assertThat(list(keep.get("x-roles"))).containsExactly("reporter");
    }

    private static Map<String, Object> at(Object node, String... path) {
        Map<String, Object> current = map(node);
        for (String key : path) {
            current = map(current.get(key));
        }
        return current;
    }

    private static void forEachOperation(BiConsumer<String, Map<String, Object>> check) {
        map(document.get("paths")).forEach((path, item) -> {
            if (path.startsWith(PLATFORM_PATHS)) {
                return;
            }
            map(item).forEach((method, operation) -> {
                if (List.of("get", "put", "post", "delete", "patch").contains(method)) {
                    check.accept(method.toUpperCase() + " " + path, map(operation));
                }
            });
        });
    }

    /** The schema a {@code $ref} names, or the schema itself. */
    private static Map<String, Object> resolve(Map<String, Object> schema) {
        if (schema.get("$ref") instanceof String ref) {
            return map(map(map(document.get("components")).get("schemas")).get(ref.substring(ref.lastIndexOf('/') + 1)));
        }
        return schema;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : new HashMap<>();
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> list(Object value) {
        return value instanceof List<?> l ? (List<T>) l : List.of();
    }
}
