package io.adeplatform.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Merges the services' OpenAPI documents into the one a front-end developer reads at the gateway: every service's
 * paths under its route prefixes, its component schemas renamed {@code <route>.<Name>} (two services may both have a
 * "Page" or "Problem") with every $ref rewritten, their tags, the gateway's own operations (Account 360, this
 * document), the problems the gateway itself answers on every routed operation, and the bearer-token security scheme.
 */
public final class OpenApiMerger {

    private static final String SCHEMA_REF = "#/components/schemas/";

    private final ObjectMapper mapper;
    private final String openIdConfigurationUrl;

    public OpenApiMerger(ObjectMapper mapper, String openIdConfigurationUrl) {
        this.mapper = mapper;
        this.openIdConfigurationUrl = openIdConfigurationUrl;
    }

    /** A service's document, the route it sits behind and the prefixes that route serves. */
    public record ServiceDocument(String route, List<String> prefixes, JsonNode document) {
    }

    /** The gateway's own document: its paths are served as they are; its schemas are named {@code gateway.<Name>}. */
    public static final String GATEWAY = "gateway";

    public ObjectNode merge(List<ServiceDocument> documents, List<String> unavailableRoutes) {
        return merge(null, documents, unavailableRoutes);
    }

    public ObjectNode merge(JsonNode gatewayDocument, List<ServiceDocument> documents, List<String> unavailableRoutes) {
        ObjectNode merged = mapper.createObjectNode();
        merged.put("openapi", "3.1.0");
        merged.putObject("info").put("title", "ADE Platform API").put("version", "1")
                .put("description", "All services behind the gateway. Every /api call needs a bearer token from "
                        + "the Keycloak realm 'ade'; a customer's data is visible to its account team only. Conventions "
                        + "(lists, transitions, If-Match, money, problems): contracts/README.md.");
        ((ObjectNode) merged.get("info")).putObject("contact").put("name", "ADE Platform team")
                .put("url", "https://adeplatform.io/contracts");
        merged.putArray("servers").addObject().put("url", "/");
        ObjectNode paths = merged.putObject("paths");
        ObjectNode components = merged.putObject("components");
        ObjectNode schemas = components.putObject("schemas");
        securitySchemes(components.putObject("securitySchemes"));
        merged.putArray("security").addObject().putArray("bearer");
        Map<String, JsonNode> tags = new TreeMap<>();

        if (gatewayDocument != null) {
            JsonNode own = renameSchemas(gatewayDocument.deepCopy(), GATEWAY);
            own.path("paths").fields().forEachRemaining(path -> paths.set(path.getKey(), path.getValue()));
            collect(own, GATEWAY, schemas, tags);
            own.path("components").path("responses").fields().forEachRemaining(response ->
                    components.with("responses").set(response.getKey(), response.getValue()));
        }
        Set<String> operationIds = new HashSet<>();
        paths.forEach(item -> item.forEach(operation -> operationIds.add(operation.path("operationId").asText())));
        for (ServiceDocument service : documents) {
            JsonNode renamed = renameSchemas(service.document().deepCopy(), service.route());
            renamed.path("paths").fields().forEachRemaining(path ->
                    ServedPath.of(path.getKey(), service.prefixes()).ifPresent(served ->
                            paths.set(served.path(), uniqueOperationIds(GatewayProblemDocs.addTo(
                                    withoutFilledParameters(path.getValue(), served)), service.route(), operationIds))));
            collect(renamed, service.route(), schemas, tags);
        }
        if (gatewayDocument != null || !documents.isEmpty()) {
            GatewayProblemDocs.define(components.with("responses"), gatewayDocument == null ? null : GATEWAY + ".Problem");
        }
        UnusedSchemas.remove(merged);
        ArrayNode tagList = merged.putArray("tags");
        tags.values().forEach(tagList::add);
        if (!unavailableRoutes.isEmpty()) {
            ArrayNode missing = merged.putArray("x-unavailable-services");
            unavailableRoutes.forEach(missing::add);
        }
        return merged;
    }

    /**
     * Keeps operationIds unique in the merged document: an operation every service has (platform/events' dead-letter
     * admin) is suffixed with its route, {@code listDeadLettersBilling}.
     */
    private static JsonNode uniqueOperationIds(JsonNode pathItem, String route, Set<String> used) {
        pathItem.forEach(operation -> {
            if (operation instanceof ObjectNode op && op.hasNonNull("operationId")) {
                String id = op.get("operationId").asText();
                if (!used.add(id)) {
                    String unique = id + Character.toUpperCase(route.charAt(0)) + route.substring(1);
                    op.put("operationId", unique);
                    used.add(unique);
                }
            }
        });
        return pathItem;
    }

    /** A document's schemas (renamed already) and its tags, the first description of a tag name kept. */
    private static void collect(JsonNode document, String route, ObjectNode schemas, Map<String, JsonNode> tags) {
        document.path("components").path("schemas").fields().forEachRemaining(schema ->
                schemas.set(route + "." + schema.getKey(), schema.getValue()));
        document.path("tags").forEach(tag -> tags.putIfAbsent(tag.path("name").asText(), tag));
    }

    private void securitySchemes(ObjectNode schemes) {
        schemes.putObject("bearer").put("type", "http").put("scheme", "bearer").put("bearerFormat", "JWT")
                .put("description", "An access token of the Keycloak realm 'ade' (audience ade-platform)");
        schemes.putObject("keycloak").put("type", "openIdConnect").put("openIdConnectUrl", openIdConfigurationUrl);
    }

    /** Drops the path parameters the gateway's prefix filled in, from the path item and each of its operations. */
    private static JsonNode withoutFilledParameters(JsonNode pathItem, ServedPath served) {
        if (served.filled().isEmpty()) {
            return pathItem;
        }
        dropFilled(pathItem.get("parameters"), served);
        pathItem.forEach(operation -> dropFilled(operation.get("parameters"), served));
        return pathItem;
    }

    private static void dropFilled(JsonNode parameters, ServedPath served) {
        if (parameters instanceof ArrayNode list) {
            for (Iterator<JsonNode> it = list.elements(); it.hasNext(); ) {
                JsonNode parameter = it.next();
                if ("path".equals(parameter.path("in").asText())
                        && served.filled().containsKey(parameter.path("name").asText())) {
                    it.remove();
                }
            }
        }
    }

    /** Rewrites every $ref to a component schema so it names the renamed schema. */
    private static JsonNode renameSchemas(JsonNode node, String route) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isTextual() && ref.asText().startsWith(SCHEMA_REF)) {
                object.put("$ref", SCHEMA_REF + route + "." + ref.asText().substring(SCHEMA_REF.length()));
            }
            for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); ) {
                renameSchemas(fields.next().getValue(), route);
            }
        } else if (node.isArray()) {
            node.forEach(element -> renameSchemas(element, route));
        }
        return node;
    }
}
