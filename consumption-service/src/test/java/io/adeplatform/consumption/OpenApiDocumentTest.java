package io.adeplatform.consumption;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service's OpenAPI document (issue 17): every operation named, tagged, summarised and described; no success
 * without its schema; creates documented as 201; every list the envelope; If-Match declared required on every change
 * of an existing item; paths that say what they return.
 */
@QuarkusTest
class OpenApiDocumentTest {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    /** The creating POSTs: each answers 201 with Location. */
    private static final Set<String> CREATES = Set.of("createSubscription", "createGoal", "createCommitment", "createBlocker");
    /** The changes of an existing item: each needs If-Match. */
    private static final Set<String> CHANGES = Set.of("updateSubscription", "transferSubscription", "updateGoal",
            "updateCommitment", "updateBlocker", "transitionBlocker");

    private Map<String, Object> document;
    private final List<Map<String, Object>> operations = new ArrayList<>();

    @BeforeEach
    @SuppressWarnings("unchecked")
    void read() {
        document = given().accept("application/json").queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().as(Map.class);
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) document.get("paths");
        paths.forEach((path, item) -> item.forEach((method, operation) -> {
            if (METHODS.contains(method) && path.startsWith("/api/consumption/")) {
                Map<String, Object> named = new HashMap<>((Map<String, Object>) operation);
                named.put("x-path", path);
                named.put("x-method", method);
                operations.add(named);
            }
        }));
    }

    @Test
    void everyOperationHasAUniqueIdASummaryADescriptionAndADescribedTag() {
        assertThat(operations).hasSize(25);
        Set<String> ids = new HashSet<>();
        for (Map<String, Object> operation : operations) {
            String where = operation.get("x-method") + " " + operation.get("x-path");
            assertThat((String) operation.get("operationId")).as(where).matches("[a-z][A-Za-z0-9]+");
            assertThat(ids.add((String) operation.get("operationId"))).as("unique id of " + where).isTrue();
            assertThat((String) operation.get("summary")).as(where).isNotBlank();
            assertThat((String) operation.get("description")).as(where).isNotBlank();
            assertThat((List<?>) operation.get("tags")).as(where).hasSize(1);
        }
        List<Map<String, Object>> tags = list(document.get("tags"));
        assertThat(tags).allSatisfy(tag -> assertThat((String) tag.get("description")).isNotBlank());
        // this service's tags are its own ("Dead letters" is platform/events', shared by every service)
        assertThat(operations.stream().map(operation -> (String) ((List<?>) operation.get("tags")).get(0)))
                .allMatch(name -> name.startsWith("Consumption"));
    }

    @Test
    void everySuccessHasItsSchemaAndCreatesAre201() {
        for (Map<String, Object> operation : operations) {
            String id = (String) operation.get("operationId");
            Map<String, Object> responses = map(operation.get("responses"));
            responses.forEach((status, response) -> {
                if (status.startsWith("2") && !status.equals("204")) {
                    Map<String, Object> content = map(map(response).get("content"));
                    assertThat(content).as(id + " " + status + " content").isNotEmpty();
                    content.values().forEach(media -> assertThat(map(map(media).get("schema")))
                            .as(id + " " + status + " schema").isNotEmpty());
                }
            });
            if (CREATES.contains(id)) {
                assertThat(responses).as(id).containsKey("201").doesNotContainKey("200");
            } else {
                assertThat(responses.keySet()).as(id).anyMatch(status -> status.equals("200"));
            }
        }
        assertThat(operations.stream().map(o -> o.get("operationId"))).containsAll(CREATES);
    }

    @Test
    void everyListIsTheEnvelopeWithPageAndLimit() {
        List<Map<String, Object>> lists = operations.stream()
                .filter(o -> ((String) o.get("operationId")).startsWith("list")).toList();
        assertThat(lists.stream().map(o -> o.get("operationId"))).containsExactlyInAnyOrder("listSubscriptions",
                "listSubscriptionTransfers", "listGoals", "listCommitments", "listBlockers", "listAnomalies");
        for (Map<String, Object> list : lists) {
            Map<String, Object> schema = resolve(map(map(map(map(map(list.get("responses")).get("200")).get("content"))
                    .get("application/json")).get("schema")));
            assertThat(map(schema.get("properties"))).as((String) list.get("operationId"))
                    .containsKeys("items", "page", "limit", "hasMore");
            assertThat(list(list.get("parameters")).stream().map(p -> p.get("name")))
                    .as((String) list.get("operationId")).contains("page", "limit");
        }
    }

    @Test
    void ifMatchIsARequiredHeaderOfEveryChange() {
        for (Map<String, Object> operation : operations) {
            String id = (String) operation.get("operationId");
            boolean ifMatch = list(operation.get("parameters")).stream().anyMatch(p -> "If-Match".equals(p.get("name"))
                    && "header".equals(p.get("in")) && Boolean.TRUE.equals(p.get("required")));
            assertThat(ifMatch).as(id + " declares a required If-Match").isEqualTo(CHANGES.contains(id));
        }
        assertThat(operations.stream().map(o -> o.get("operationId"))).containsAll(CHANGES);
    }

    @Test
    void pathsSayWhatTheyReturnAndStateChangesAreTransitions() {
        Set<String> paths = map(document.get("paths")).keySet();
        assertThat(paths).contains("/api/consumption/customer-projections/{customerId}",
                "/api/consumption/customer-projections/rebuild",
                "/api/consumption/customers/{customerId}/blockers/{blockerId}/transitions",
                "/api/consumption/subscriptions/{id}/transfers");
        assertThat(paths).doesNotContain("/api/consumption/customers/{customerId}", "/api/consumption/customers/rebuild",
                "/api/consumption/subscriptions/{id}/transfer");
    }

    private Map<String, Object> resolve(Map<String, Object> schema) {
        Object ref = schema.get("$ref");
        if (ref == null) {
            return schema;
        }
        String name = ((String) ref).substring("#/components/schemas/".length());
        return map(map(map(document.get("components")).get("schemas")).get(name));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value == null ? Map.of() : (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return value == null ? List.of() : (List<Map<String, Object>>) value;
    }
}
