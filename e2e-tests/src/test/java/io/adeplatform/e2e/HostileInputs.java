package io.adeplatform.e2e;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The hostile requests for one operation of an OpenAPI document, chosen per kind of field rather than as a cartesian
 * product: for each path parameter, each query parameter and each field of the request schema (to every depth) the
 * bad values its type invites, plus bad bodies as a whole. Everything else in a request is valid (fixture ids, a
 * valid body from {@link RequestBodies}), so the bad part is what the service must answer to.
 */
final class HostileInputs {

    static final int HUGE_ARRAY = 100_000;
    static final int LONG_STRING = 100_000;
    static final int LONG_PATH_ID = 5_000;
    private static final int DEEP_NESTING = 100_000;
    private static final String NUL = "\"a\\u0000b\"";
    private static final String CONTROL = "\"a\\u0007b\"";

    /**
     * One bad request. {@code mustRefuse}: the value is invalid by the document or the rules (NUL, a date
     * outside 1900..2999, an unknown currency, a wrong JSON type, trailing content, …), so a 2xx is a defect too;
     * where a value may be valid (a long text without a documented limit, a huge page number) any answer but 5xx goes.
     */
    record BadInput(String kind, String where, String pathAndQuery, String contentType, byte[] body, boolean mustRefuse) {

        /** Inputs that cost a service without the limits seconds of CPU or much of its heap. */
        boolean heavy() {
            return HEAVY.contains(kind);
        }
    }

    private static final java.util.Set<String> HEAVY = java.util.Set.of("array of 100,000 elements", "deeply nested JSON",
            "tiny exponent", "huge exponent");

    private final ApiOperation operation;
    private final JsonNode document;
    private final JsonNode operationNode;
    private final CustomerFixtures fixtures;
    private final List<BadInput> inputs = new ArrayList<>();

    private HostileInputs(ApiOperation operation, JsonNode document, JsonNode operationNode, CustomerFixtures fixtures) {
        this.operation = operation;
        this.document = document;
        this.operationNode = operationNode;
        this.fixtures = fixtures;
    }

    static List<BadInput> of(ApiOperation operation, JsonNode document, CustomerFixtures fixtures) {
        JsonNode node = document.path("paths").path(operation.path()).path(operation.method().toLowerCase());
        HostileInputs hostile = new HostileInputs(operation, document, node, fixtures);
        hostile.pathParameters();
        hostile.queryParameters();
        if (operation.hasJsonBody()) {
            hostile.jsonFields();
            hostile.jsonBodies();
        } else if (operation.requestMediaType().filter(type -> type.contains("csv")).isPresent()) {
            hostile.csvBodies();
        }
        return Collections.unmodifiableList(hostile.inputs);
    }

    // ---- path ----

    private void pathParameters() {
        String[] segments = operation.path().split("/");
        String[] resolved = fixtures.resolve(operation.path()).split("/");
        for (int i = 0; i < segments.length; i++) {
            if (!segments[i].startsWith("{")) {
                continue;
            }
            String name = segments[i];
            path("NUL in path id", name, segments, resolved, i, "a%00b");
            path("control character in path id", name, segments, resolved, i, "a%07b");
            path("5,000-character path id", name, segments, resolved, i, "a".repeat(LONG_PATH_ID));
        }
    }

    private void path(String kind, String name, String[] segments, String[] resolved, int index, String value) {
        String[] bad = resolved.clone();
        bad[index] = value;
        add(kind, "path " + name, String.join("/", bad) + baseQuery(null), validContentType(), validBody(), true);
    }

    // ---- query ----

    private void queryParameters() {
        boolean page = false;
        boolean limit = false;
        for (JsonNode parameter : operationNode.path("parameters")) {
            if (!parameter.path("in").asText().equals("query")) {
                continue;
            }
            String name = parameter.path("name").asText();
            page |= name.equals("page");
            limit |= name.equals("limit");
            JsonNode schema = SchemaFields.resolve(document, parameter.path("schema"));
            String type = SchemaFields.typeOf(schema);
            String format = schema.path("format").asText("");
            query("NUL in query parameter", name, "a%00b", true);
            query("control character in query parameter", name, "a%07b", true);
            query("very long query parameter", name, "x".repeat(LONG_PATH_ID), false);
            if (type.equals("integer")) {
                query("fraction for integer", name, "1.5", true);
                query("text for integer", name, "abc", true);
                query("integer overflow", name, "2147483648", true);
                query("negative", name, "-1", false);
                query("largest integer", name, "2147483647", false);
            } else if (type.equals("number")) {
                query("tiny exponent", name, "1E-999999999", true);
                query("huge exponent", name, "1e999999999", true);
            } else if (schema.has("enum")) {
                query("unknown enum value", name, "no-such-value", true);
            } else if (format.equals("date")) {
                query("date 0000-01-01", name, "0000-01-01", true);
                query("date +999999999-12-31", name, "%2B999999999-12-31", true);
            } else if (format.equals("uuid")) {
                query("not a uuid", name, "not-a-uuid", true);
            }
            if (name.toLowerCase().contains("currency")) {
                query("unknown currency XXQ", name, "XXQ", true);
            }
        }
        if (page && limit) {
            add("page/limit overflow", "query page, limit", fixtures.resolve(operation.path())
                    + baseQuery("page=2147483647&limit=2147483647"), validContentType(), validBody(), false);
            add("negative page/limit", "query page, limit", fixtures.resolve(operation.path())
                    + baseQuery("page=-1&limit=-1"), validContentType(), validBody(), false);
        }
    }

    private void query(String kind, String name, String encodedValue, boolean mustRefuse) {
        String query = name.equals("customerId") ? "customerId=" + encodedValue : baseQuery(null).isEmpty()
                ? name + "=" + encodedValue : baseQuery(null).substring(1) + "&" + name + "=" + encodedValue;
        add(kind, "query " + name, fixtures.resolve(operation.path()) + "?" + query, validContentType(), validBody(), mustRefuse);
    }

    /** The customer filter a list needs, as OperationCalls sends it, plus extra query text. */
    private String baseQuery(String extra) {
        List<String> parts = new ArrayList<>();
        if (operation.queryParameters().contains("customerId")) {
            parts.add("customerId=" + fixtures.id("customer"));
        }
        if (extra != null) {
            parts.add(extra);
        }
        return parts.isEmpty() ? "" : "?" + String.join("&", parts);
    }

    // ---- JSON fields ----

    private void jsonFields() {
        Object valid = RequestBodies.body(operation, fixtures);
        JsonNode schema = operationNode.path("requestBody").path("content").path("application/json").path("schema");
        for (SchemaFields.Field field : SchemaFields.of(document, schema)) {
            for (String[] value : badValues(field)) {
                add(value[0], "body " + field.display(), validPath(), "application/json",
                        utf8(JsonBodies.withRawValue(valid, field.path(), value[1])), value[2].equals("refuse"));
            }
        }
    }

    /** {kind, raw JSON, "refuse" | "any"} per field kind. */
    private static List<String[]> badValues(SchemaFields.Field field) {
        List<String[]> values = new ArrayList<>();
        String type = field.type();
        String format = field.format();
        switch (type) {
            case "string" -> {
                values.add(bad("NUL in text", NUL, true));
                values.add(bad("control character in text", CONTROL, true));
                if (field.isEnum()) {
                    values.add(bad("unknown enum value", "\"no-such-value\"", true));
                    values.add(bad("number for enum", "7", true));
                } else {
                    values.add(bad("number for string", "123", true));
                }
                switch (format) {
                    case "uuid" -> values.add(bad("not a uuid", "\"not-a-uuid\"", true));
                    case "date" -> {
                        values.add(bad("date 0000-01-01", "\"0000-01-01\"", true));
                        values.add(bad("date +999999999-12-31", "\"+999999999-12-31\"", true));
                        values.add(bad("date that does not exist", "\"2023-02-30\"", true));
                    }
                    case "date-time" -> {
                        values.add(bad("date 0000-01-01", "\"0000-01-01T00:00:00Z\"", true));
                        values.add(bad("date +999999999-12-31", "\"+999999999-12-31T23:59:59Z\"", true));
                    }
                    default -> {
                        if (!field.isEnum()) {
                            values.add(bad("very long string", "\"" + "x".repeat(LONG_STRING) + "\"", false));
                        }
                    }
                }
                if (field.name().toLowerCase().contains("currency")) {
                    values.add(bad("unknown currency XXQ", "\"XXQ\"", true));
                }
            }
            case "integer" -> {
                values.add(bad("fraction for integer", "1.5", true));
                values.add(bad("string for number", "\"abc\"", true));
                values.add(bad("huge exponent", "1e999999999", true));
                values.add(bad("integer overflow", "99999999999999999999999", true));
            }
            case "number" -> {
                values.add(bad("tiny exponent", "1E-999999999", true));
                values.add(bad("huge exponent", "1e999999999", true));
                values.add(bad("string for number", "\"abc\"", true));
            }
            case "boolean" -> values.add(bad("string for boolean", "\"yes\"", true));
            case "array" -> {
                String element = field.isArrayOfObjects() ? "{}" : "\"x\"";
                values.add(bad("array of 100,000 elements", "[" + String.join(",", Collections.nCopies(HUGE_ARRAY, element)) + "]", true));
                values.add(bad("object for array", "{}", true));
                values.add(bad("string for array", "\"x\"", true));
            }
            case "object" -> {
                values.add(bad("array for object", "[]", true));
                values.add(bad("number for object", "5", true));
            }
            default -> {
                // a schema without a type: nothing it must refuse
            }
        }
        return values;
    }

    private static String[] bad(String kind, String raw, boolean mustRefuse) {
        return new String[] {kind, raw, mustRefuse ? "refuse" : "any"};
    }

    // ---- JSON bodies as a whole ----

    private void jsonBodies() {
        String valid = JsonBodies.text(RequestBodies.body(operation, fixtures));
        String path = validPath();
        // a body the document does not mark as required may be left out (e.g. a status report with defaults)
        boolean required = operationNode.path("requestBody").path("required").asBoolean(false);
        add("missing body", "body", path, "application/json", null, required);
        add("wrong content type", "body", path, "text/plain", utf8(valid), true);
        add("trailing garbage", "body", path, "application/json", utf8(valid + " garbage"), true);
        add("second JSON document", "body", path, "application/json", utf8(valid + "{}"), true);
        add("malformed JSON", "body", path, "application/json", utf8("{\"name\": "), true);
        add("deeply nested JSON", "body", path, "application/json",
                utf8("[".repeat(DEEP_NESTING) + "]".repeat(DEEP_NESTING)), true);
        add("JSON null", "body", path, "application/json", utf8("null"), required);
        add("array for object", "body", path, "application/json", utf8("[]"), true);
        add("bytes that are not UTF-8", "body", path, "application/json", notUtf8(valid), true);
    }

    /** The valid body with two bytes that are not UTF-8 inside its first string value. */
    private static byte[] notUtf8(String valid) {
        int quote = valid.indexOf(":\"");
        String text = quote < 0 ? "{\"name\":\"\"}" : valid;
        int at = (quote < 0 ? text.indexOf(":\"") : quote) + 2;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(utf8(text.substring(0, at)));
        bytes.write(0xC3);
        bytes.write(0x28);
        bytes.write(0xFF);
        bytes.writeBytes(utf8(text.substring(at)));
        return bytes.toByteArray();
    }

    // ---- CSV ----

    private void csvBodies() {
        String valid = String.valueOf(RequestBodies.body(operation, fixtures));
        String[] lines = valid.split("\n");
        String header = lines[0];
        String[] row = lines[1].split(",", -1);
        String path = validPath();
        String type = operation.requestMediaType().orElseThrow();
        csv("NUL in text", header, row, 2, "Virtual\u0000Machines");
        csv("control character in text", header, row, 2, "Virtual\u0007Machines");
        csv("tiny exponent", header, row, 7, "1E-999999999");
        csv("huge exponent", header, row, 5, "1e999999999");
        csv("date 0000-01-01", header, row, 0, "0000-01-01");
        csv("date +999999999-12-31", header, row, 0, "+999999999-12-31");
        csv("unknown currency XXQ", header, row, 8, "XXQ");
        csv("unterminated quote", header, row, 2, "\"Virtual Machines");
        add("very long string", "csv field 3", path, type, utf8(header + "\n" + String.join(",", with(row, 2,
                "x".repeat(LONG_STRING))) + "\n"), false);
        ByteArrayOutputStream latin1 = new ByteArrayOutputStream();
        latin1.writeBytes(utf8(header + "\n"));
        latin1.writeBytes(String.join(",", with(row, 2, "Caf\u00e9 Machines")).getBytes(StandardCharsets.ISO_8859_1));
        latin1.writeBytes(utf8("\n"));
        add("bytes that are not UTF-8", "csv field 3", path, type, latin1.toByteArray(), true);
        add("wrong content type", "body", path, "application/json", utf8(valid), true);
        add("missing body", "body", path, type, null, true);
    }

    private void csv(String kind, String header, String[] row, int column, String value) {
        add(kind, "csv column " + header.split(",")[column], validPath(), operation.requestMediaType().orElseThrow(),
                utf8(header + "\n" + String.join(",", with(row, column, value)) + "\n"), true);
    }

    private static String[] with(String[] row, int column, String value) {
        String[] copy = row.clone();
        copy[column] = value;
        return copy;
    }

    // ---- shared ----

    private String validPath() {
        return fixtures.resolve(operation.path()) + baseQuery(null);
    }

    private String validContentType() {
        if (operation.requestMediaType().isPresent()) {
            return operation.requestMediaType().get();
        }
        // as a front-end's JSON client sends a body-less command (see OperationCalls)
        return operation.isRead() || operation.method().equals("DELETE") ? null : "application/json";
    }

    private byte[] validBody() {
        if (operation.requestMediaType().isEmpty()) {
            return null;
        }
        Object body = RequestBodies.body(operation, fixtures);
        return utf8(body instanceof String text ? text : JsonBodies.text(body));
    }

    private void add(String kind, String where, String pathAndQuery, String contentType, byte[] body, boolean mustRefuse) {
        inputs.add(new BadInput(kind, where, pathAndQuery, contentType, body, mustRefuse));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
