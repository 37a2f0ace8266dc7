package io.adeplatform.platform.http;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Documents on every operation the problems the platform can answer (contracts/README.md "HTTP API conventions"):
 * 401, 403, 429 and 503 everywhere, 400 everywhere (a query parameter or the body can be invalid), 404 where the path
 * names an item, 409 and 422 for writes, 412 and 428 where If-Match is taken. An operation's own documentation of a
 * status wins. Each refers to the {@code Problem} schema as {@code application/problem+json}.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ProblemDocumentation implements OASFilter {

    static final String PROBLEM_SCHEMA = "Problem";
    static final String REF = "#/components/schemas/" + PROBLEM_SCHEMA;

    private static final Map<String, String> ALWAYS = ordered(
            "400", "The request is malformed: a query parameter, header or body field is invalid (errors[] names each field).",
            "401", "No valid bearer token was sent.",
            "403", "The caller's roles do not allow this operation.",
            "429", "Too many requests from this caller; retry after the time in Retry-After.",
            "503", "A service the answer depends on is unavailable for now; retry later.");
    private static final Map<String, String> WRITES = ordered(
            "409", "The request conflicts with the item's current state (e.g. an illegal transition; the problem names it).",
            "422", "The request is well-formed but breaks a business rule (the problem's type names the rule).");
    private static final Map<String, String> VERSIONED = ordered(
            "412", "If-Match names a version that is no longer current: read the item again and retry with its ETag.",
            "428", "If-Match is required: send the ETag of the version the change is based on.");
    private static final String NOT_FOUND = "The item the path names does not exist or is not visible to the caller.";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) ->
                document(path, method, operation)));
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSchema(PROBLEM_SCHEMA, problemSchema());
    }

    private static void document(String path, PathItem.HttpMethod method, Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        Map<String, String> problems = new LinkedHashMap<>(ALWAYS);
        if (path.contains("{")) {
            problems.put("404", NOT_FOUND);
        }
        if (method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD) {
            problems.putAll(WRITES);
        }
        if (StandardHeaders.takes(operation, StandardHeaders.IF_MATCH)) {
            problems.putAll(VERSIONED);
        }
        problems.forEach((status, description) -> {
            if (operation.getResponses().getAPIResponse(status) == null) {
                operation.getResponses().addAPIResponse(status, problem(status, description));
            } else if (operation.getResponses().getAPIResponse(status).getContent() == null) {
                operation.getResponses().getAPIResponse(status).setContent(problemContent());
            }
        });
    }

    private static APIResponse problem(String status, String description) {
        APIResponse response = OASFactory.createAPIResponse().description(description).content(problemContent());
        if (status.equals("429") || status.equals("503")) {
            response.addHeader("Retry-After", OASFactory.createHeader().description("Seconds to wait before retrying")
                    .schema(OASFactory.createSchema().type(java.util.List.of(Schema.SchemaType.INTEGER))));
        }
        return response;
    }

    private static org.eclipse.microprofile.openapi.models.media.Content problemContent() {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(REF)));
    }

    private static Schema problemSchema() {
        Schema fieldError = OASFactory.createSchema().type(java.util.List.of(Schema.SchemaType.OBJECT))
                .addProperty("field", text("The JSON path or parameter name, e.g. lines[0].value.amount"))
                .addProperty("message", text("What it must be, e.g. must not be blank"));
        return OASFactory.createSchema().type(java.util.List.of(Schema.SchemaType.OBJECT))
                .description("An RFC 9457 problem details document; a problem type may add members of its own "
                        + "(e.g. from, to and allowed of illegal-transition).")
                .addRequired("type").addRequired("title").addRequired("status")
                .addProperty("type", text("The problem type, a URI such as https://adeplatform.io/problems/validation"))
                .addProperty("title", text("A short summary of the problem type"))
                .addProperty("status", OASFactory.createSchema().type(java.util.List.of(Schema.SchemaType.INTEGER))
                        .description("The HTTP status"))
                .addProperty("detail", text("What went wrong with this request"))
                .addProperty("instance", text("The request's path"))
                .addProperty("errors", OASFactory.createSchema().type(java.util.List.of(Schema.SchemaType.ARRAY))
                        .description("One entry per invalid field (400)").items(fieldError))
                .additionalPropertiesSchema(OASFactory.createSchema())
                .example(Map.of("type", "https://adeplatform.io/problems/validation", "title", "Invalid request",
                        "status", 400, "detail", "invalid value",
                        "errors", java.util.List.of(Map.of("field", "name", "message", "must not be blank"))));
    }

    private static Schema text(String description) {
        return OASFactory.createSchema().type(java.util.List.of(Schema.SchemaType.STRING)).description(description);
    }

    private static Map<String, String> ordered(String... statusAndDescription) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < statusAndDescription.length; i += 2) {
            map.put(statusAndDescription[i], statusAndDescription[i + 1]);
        }
        return map;
    }
}
