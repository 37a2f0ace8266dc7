package io.adeplatform.portfolio;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
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
 * The service's OpenAPI document as a client generator reads it (contracts/README.md, "HTTP API conventions"): every
 * operation named, tagged, summarised and described; success answers with their schema and real status; every list
 * in the envelope; If-Match declared where it is required.
 */
@QuarkusTest
class OpenApiDocumentTest {

    /** This service's own operations; the platform's (dead letters) are documented by the platform. */
    private static final List<String> OWN = List.of("/api/engagements", "/api/portfolio");

    private static JsonPath document;
    private static List<Op> operations;

    record Op(String path, String method, Map<String, Object> body) {

        String name() {
            return method.toUpperCase() + " " + path;
        }

        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> responses() {
            return (Map<String, Map<String, Object>>) body.get("responses");
        }

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> parameters() {
            return body.get("parameters") == null ? List.of() : (List<Map<String, Object>>) body.get("parameters");
        }

        boolean hasParameter(String in, String name) {
            return parameters().stream().anyMatch(p -> in.equals(p.get("in")) && name.equals(p.get("name")));
        }
    }

    /** Read once, in the first test (RestAssured points at the application only once it runs). */
    @BeforeEach
    @SuppressWarnings("unchecked")
    void read() {
        if (document != null) {
            return;
        }
        document = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
        operations = new ArrayList<>();
        Map<String, Map<String, Object>> paths = document.getMap("paths");
        paths.forEach((path, item) -> item.forEach((method, op) -> {
            if (OWN.stream().anyMatch(path::startsWith) && op instanceof Map<?, ?> body) {
                operations.add(new Op(path, method, (Map<String, Object>) body));
            }
        }));
    }

    @Test
    void theEndpointsAreDocumentedUnderTheirPaths() {
        assertThat(operations).extracting(Op::name).contains("POST /api/engagements", "GET /api/engagements",
                "POST /api/engagements/{id}/transitions", "GET /api/engagements/{id}/milestones",
                "POST /api/engagements/{id}/milestones/{milestoneId}/transitions",
                "POST /api/engagements/{id}/raid/{itemId}/transitions", "GET /api/engagements/{id}/raid/overdue-actions",
                "GET /api/engagements/{id}/status-reports", "GET /api/engagements/{id}/steering-meetings",
                "GET /api/engagements/{id}/costs", "GET /api/engagements/{id}/financials", "GET /api/portfolio/summary",
                "GET /api/portfolio/plan", "GET /api/portfolio/customer-projections/{customerId}",
                "POST /api/portfolio/customer-projections/rebuild");
        // the old paths are gone, not kept as aliases
        assertThat(document.getMap("paths").keySet()).doesNotContain("/api/engagements/{id}/raid/{itemId}/convert",
                "/api/portfolio/customers/{customerId}", "/api/portfolio/customers/rebuild");
    }

    @Test
    void everyOperationIsNamedTaggedSummarisedAndDescribed() {
        Set<String> ids = new HashSet<>();
        List<String> declaredTags = document.getList("tags.findAll { it.description }.name");
        for (Op op : operations) {
            String id = (String) op.body().get("operationId");
            assertThat(id).as(op.name() + " operationId").isNotBlank().matches("[a-z][A-Za-z]+");
            assertThat(ids.add(id)).as(op.name() + " operationId " + id + " unique").isTrue();
            assertThat((String) op.body().get("summary")).as(op.name() + " summary").isNotBlank();
            assertThat((String) op.body().get("description")).as(op.name() + " description").isNotBlank();
            assertThat((List<?>) op.body().get("tags")).as(op.name() + " tags").hasSize(1);
            assertThat(declaredTags).as(op.name() + " tag declared with a description")
                    .contains((String) ((List<?>) op.body().get("tags")).get(0));
            // page and limit are the platform's PageRequest, described there
            for (Map<String, Object> parameter : op.parameters().stream()
                    .filter(p -> !List.of("page", "limit").contains(p.get("name"))).toList()) {
                assertThat((String) parameter.get("description"))
                        .as(op.name() + " parameter " + parameter.get("name") + " description").isNotBlank();
            }
        }
    }

    @Test
    void successAnswersHaveTheirStatusAndSchema() {
        for (Op op : operations) {
            Map<String, Map<String, Object>> responses = op.responses();
            List<String> success = responses.keySet().stream().filter(code -> code.startsWith("2")).toList();
            assertThat(success).as(op.name() + " success responses").hasSize(1);
            String code = success.get(0);
            if (!code.equals("204")) {
                assertThat(document.getMap("paths.'" + op.path() + "'." + op.method() + ".responses.'" + code
                        + "'.content.'application/json'.schema")).as(op.name() + " " + code + " schema").isNotEmpty();
            }
            if (((String) op.body().get("operationId")).startsWith("create")) {
                assertThat(code).as(op.name() + " creates").isEqualTo("201");
            } else {
                assertThat(code).as(op.name()).isEqualTo("200");
            }
        }
        assertThat(operations.stream().filter(op -> op.method().equals("post"))
                .filter(op -> !op.path().endsWith("/transitions") && !op.path().endsWith("/rebuild")))
                .as("every other POST creates").allMatch(op -> op.responses().containsKey("201"));
    }

    @Test
    void everyListAnswersTheEnvelopeAndTakesPageAndLimit() {
        List<Op> lists = operations.stream().filter(op -> ((String) op.body().get("operationId")).startsWith("list"))
                .toList();
        assertThat(lists).extracting(Op::path).containsExactlyInAnyOrder("/api/engagements",
                "/api/engagements/{id}/milestones", "/api/engagements/{id}/raid",
                "/api/engagements/{id}/raid/overdue-actions", "/api/engagements/{id}/status-reports",
                "/api/engagements/{id}/steering-meetings", "/api/engagements/{id}/costs",
                "/api/engagements/{id}/resource-requests",
                "/api/engagements/{id}/resource-requests/{requestId}/assignments",
                "/api/engagements/{id}/quality-gates", "/api/engagements/{id}/quality-reviews",
                "/api/engagements/{id}/quality-findings");
        for (Op op : lists) {
            assertThat(op.hasParameter("query", "page") && op.hasParameter("query", "limit"))
                    .as(op.name() + " page and limit").isTrue();
            String ref = document.getString("paths.'" + op.path() + "'.get.responses.'200'.content.'application/json'"
                    + ".schema.$ref");
            assertThat(ref).as(op.name() + " schema").startsWith("#/components/schemas/");
            Map<String, Object> properties = document.getMap("components.schemas."
                    + ref.substring("#/components/schemas/".length()) + ".properties");
            assertThat(properties).as(op.name() + " envelope").containsOnlyKeys("items", "page", "limit", "hasMore");
        }
    }

    @Test
    void ifMatchIsARequiredHeaderOfEveryUpdateAndTransition() {
        List<Op> changes = operations.stream().filter(op -> op.method().equals("put")
                || op.path().endsWith("/transitions")).toList();
        assertThat(changes).hasSize(10);
        for (Op op : changes) {
            assertThat(op.parameters()).as(op.name() + " If-Match")
                    .anyMatch(p -> "header".equals(p.get("in")) && "If-Match".equals(p.get("name"))
                            && Boolean.TRUE.equals(p.get("required")));
        }
    }
}
