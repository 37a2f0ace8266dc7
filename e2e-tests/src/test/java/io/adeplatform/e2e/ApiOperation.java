package io.adeplatform.e2e;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * One path + method of a service's OpenAPI document, with what the security matrix needs from it: the roles its
 * security requirement names (Quarkus puts {@code @RolesAllowed} roles there as scopes; no scopes means any
 * authenticated caller), its parameters and its request and response schemas.
 */
record ApiOperation(String service, String method, String path, Optional<Set<String>> roles, List<String> pathParameters,
                    Set<String> queryParameters, Set<String> headerParameters, Optional<String> requestMediaType,
                    Set<String> requestProperties, Set<String> responseProperties) {

    String key() {
        return method + " " + path;
    }

    boolean isRead() {
        return method.equals("GET");
    }

    boolean hasJsonBody() {
        return requestMediaType.filter(type -> type.equals("application/json")).isPresent();
    }

    /** Roles allowed by the document; empty for an operation the document does not mark as secured at all. */
    Set<String> allowedRoles() {
        return roles.orElse(Set.of());
    }

    static List<ApiOperation> of(String service, JsonNode document) {
        List<ApiOperation> operations = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(entry -> {
            String method = entry.getKey().toUpperCase();
            if (List.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
                operations.add(parse(service, document, path.getKey(), method, entry.getValue()));
            }
        }));
        return operations;
    }

    private static ApiOperation parse(String service, JsonNode document, String path, String method, JsonNode operation) {
        List<String> pathParameters = new ArrayList<>();
        Set<String> query = new TreeSet<>();
        Set<String> headers = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (JsonNode parameter : operation.path("parameters")) {
            switch (parameter.path("in").asText()) {
                case "path" -> pathParameters.add(parameter.path("name").asText());
                case "query" -> query.add(parameter.path("name").asText());
                case "header" -> headers.add(parameter.path("name").asText());
                default -> { }
            }
        }
        JsonNode content = operation.path("requestBody").path("content");
        Optional<String> mediaType = content.fieldNames().hasNext()
                ? Optional.of(content.has("application/json") ? "application/json" : content.fieldNames().next())
                : Optional.empty();
        Set<String> requestProperties = properties(document, content.path("application/json").path("schema"));
        Set<String> responseProperties = new LinkedHashSet<>();
        for (String status : List.of("200", "201")) {
            operation.path("responses").path(status).path("content").forEach(media ->
                    responseProperties.addAll(properties(document, media.path("schema"))));
        }
        return new ApiOperation(service, method, path, roles(operation), pathParameters, query, headers, mediaType,
                requestProperties, responseProperties);
    }

    /** The realm roles the operation admits: platform/security's {@code x-roles}, next to its bearer requirement. */
    private static Optional<Set<String>> roles(JsonNode operation) {
        if (!operation.has("security") || operation.path("security").isEmpty() || !operation.has("x-roles")) {
            return Optional.empty();
        }
        Set<String> roles = new TreeSet<>();
        operation.path("x-roles").forEach(role -> roles.add(role.asText()));
        return Optional.of(roles);
    }

    /** Top-level property names of a schema, following one $ref into components/schemas. */
    static Set<String> properties(JsonNode document, JsonNode schema) {
        JsonNode resolved = schema;
        if (schema.has("$ref")) {
            String name = schema.path("$ref").asText().replace("#/components/schemas/", "");
            resolved = document.path("components").path("schemas").path(name);
        }
        Set<String> names = new LinkedHashSet<>();
        resolved.path("properties").fieldNames().forEachRemaining(names::add);
        for (JsonNode part : resolved.path("allOf")) {
            names.addAll(properties(document, part));
        }
        return names;
    }
}
