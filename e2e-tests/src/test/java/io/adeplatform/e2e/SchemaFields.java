package io.adeplatform.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The fields of a JSON schema of an OpenAPI document, walked to every depth: each property, each array and the
 * items of each array (path segment {@code []}), with its schema resolved ($ref, allOf, a nullable anyOf/oneOf).
 */
final class SchemaFields {

    /** Deep enough for every request of the platform (contract → line → schedule → installment → money → amount). */
    private static final int MAX_DEPTH = 8;

    private SchemaFields() {
    }

    /** One field: its path from the body's root ({@code ["lines", "[]", "engagementId"]}) and its resolved schema. */
    record Field(List<String> path, JsonNode schema) {

        /** The property name the field sits under (for an array's items, the array's name). */
        String name() {
            for (int i = path.size() - 1; i >= 0; i--) {
                if (!path.get(i).equals("[]")) {
                    return path.get(i);
                }
            }
            return "";
        }

        String display() {
            return String.join(".", path).replace(".[]", "[]");
        }

        String type() {
            return typeOf(schema);
        }

        String format() {
            return schema.path("format").asText("");
        }

        boolean isEnum() {
            return schema.has("enum");
        }

        boolean isUuid() {
            return type().equals("string") && format().equals("uuid");
        }

        boolean isArrayOfUuids() {
            return type().equals("array") && items().map(items -> typeOf(items).equals("string")
                    && items.path("format").asText("").equals("uuid")).orElse(false);
        }

        boolean isArrayOfObjects() {
            return type().equals("array") && items().map(items -> typeOf(items).equals("object")).orElse(false);
        }

        private Optional<JsonNode> items() {
            return Optional.ofNullable(schema.get("items"));
        }
    }

    /** Every field under a request schema, parents before their children. */
    static List<Field> of(JsonNode document, JsonNode schema) {
        List<Field> fields = new ArrayList<>();
        walk(document, resolve(document, schema), new ArrayList<>(), fields, 0);
        return fields;
    }

    private static void walk(JsonNode document, JsonNode schema, List<String> path, List<Field> fields, int depth) {
        if (depth > MAX_DEPTH) {
            return;
        }
        String type = typeOf(schema);
        if (type.equals("object")) {
            schema.path("properties").fields().forEachRemaining(property -> {
                List<String> child = append(path, property.getKey());
                JsonNode resolved = resolve(document, property.getValue());
                fields.add(new Field(child, resolved));
                walk(document, resolved, child, fields, depth + 1);
            });
        } else if (type.equals("array") && schema.has("items")) {
            List<String> child = append(path, "[]");
            JsonNode items = resolve(document, schema.get("items"));
            ((ObjectNode) schema).set("items", items);
            fields.add(new Field(child, items));
            walk(document, items, child, fields, depth + 1);
        }
    }

    /** A schema with its $ref followed, allOf parts merged and a nullable anyOf/oneOf reduced to its non-null part. */
    static JsonNode resolve(JsonNode document, JsonNode schema) {
        JsonNode resolved = schema;
        for (int hops = 0; resolved.has("$ref") && hops < 10; hops++) {
            String name = resolved.path("$ref").asText().replace("#/components/schemas/", "");
            resolved = document.path("components").path("schemas").path(name);
        }
        for (String choice : List.of("anyOf", "oneOf")) {
            if (resolved.has(choice)) {
                for (JsonNode option : resolved.get(choice)) {
                    if (!typeOf(option).equals("null")) {
                        return resolve(document, option);
                    }
                }
            }
        }
        ObjectNode copy = resolved.isObject() ? ((ObjectNode) resolved).deepCopy() : com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        if (resolved.has("allOf")) {
            copy.remove("allOf");
            for (JsonNode part : resolved.get("allOf")) {
                JsonNode partResolved = resolve(document, part);
                partResolved.fields().forEachRemaining(entry -> {
                    if (entry.getKey().equals("properties") && copy.has("properties")) {
                        ((ObjectNode) copy.get("properties")).setAll((ObjectNode) entry.getValue());
                    } else if (!copy.has(entry.getKey())) {
                        copy.set(entry.getKey(), entry.getValue());
                    }
                });
            }
        }
        return copy;
    }

    /** The schema's type; OpenAPI 3.1 may write a nullable one as {@code ["string", "null"]}. */
    static String typeOf(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode option : type) {
                if (!option.asText().equals("null")) {
                    return option.asText();
                }
            }
            return "null";
        }
        if (type.isTextual()) {
            return type.asText();
        }
        return schema.has("properties") ? "object" : schema.has("items") ? "array" : "";
    }

    private static List<String> append(List<String> path, String segment) {
        List<String> child = new ArrayList<>(path);
        child.add(segment);
        return child;
    }
}
