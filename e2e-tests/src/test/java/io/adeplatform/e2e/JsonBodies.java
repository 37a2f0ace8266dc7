package io.adeplatform.e2e;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A valid request body with one field (a {@link SchemaFields.Field} path) set to another value, as JSON text. */
final class JsonBodies {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MARKER = "raw-" + UUID.randomUUID();

    private JsonBodies() {
    }

    static String text(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The body with the field at path replaced by raw JSON text (which may be what no JSON library would write, e.g.
     * {@code 1e999999999}); containers missing from the valid body are created (the first array element is used).
     */
    static String withRawValue(Object validBody, List<String> path, String rawJson) {
        JsonNode root = JSON.valueToTree(validBody);
        put(root, path, 0, new TextNode(MARKER), true);
        return text(root).replace("\"" + MARKER + "\"", rawJson);
    }

    /**
     * The body with the field at path set to value in every array element on the way, or empty when the valid body
     * lacks a container on the way (an object nested in an array it does not have): then only another valid body
     * can carry the field.
     */
    static Optional<String> withValue(Object validBody, List<String> path, JsonNode value) {
        JsonNode root = JSON.valueToTree(validBody);
        return put(root, path, 0, value, false) ? Optional.of(text(root)) : Optional.empty();
    }

    static JsonNode tree(Object value) {
        return JSON.valueToTree(value);
    }

    private static boolean put(JsonNode container, List<String> path, int index, JsonNode value, boolean createMissing) {
        String segment = path.get(index);
        boolean last = index == path.size() - 1;
        if (segment.equals("[]")) {
            if (!(container instanceof ArrayNode array)) {
                return false;
            }
            if (array.isEmpty()) {
                if (!createMissing) {
                    return false;
                }
                array.add(last ? value : container(path.get(index + 1)));
            }
            if (last) {
                if (createMissing) {
                    array.set(0, value);
                } else {
                    for (int i = 0; i < array.size(); i++) {
                        array.set(i, value);
                    }
                }
                return true;
            }
            boolean all = true;
            for (int i = 0; i < (createMissing ? 1 : array.size()); i++) {
                all &= put(array.get(i), path, index + 1, value, createMissing);
            }
            return all;
        }
        if (!(container instanceof ObjectNode object)) {
            return false;
        }
        if (last) {
            object.set(segment, value);
            return true;
        }
        JsonNode next = object.get(segment);
        if (next == null || !next.isContainerNode()) {
            if (!createMissing) {
                return false;
            }
            next = container(path.get(index + 1));
            object.set(segment, next);
        }
        return put(next, path, index + 1, value, createMissing);
    }

    private static JsonNode container(String nextSegment) {
        return nextSegment.equals("[]") ? JSON.createArrayNode() : JSON.createObjectNode();
    }
}
