package io.adeplatform.deploy;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static io.adeplatform.deploy.Manifests.id;
import static io.adeplatform.deploy.Manifests.rendered;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every rendered object of every overlay against the JSON Schema of its apiVersion and kind
 * (src/test/resources/schemas, see the README there for where each one comes from). A kind without a schema fails.
 */
class SchemaValidationTest {

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

    @ParameterizedTest(name = "overlay {0}")
    @ValueSource(strings = {"dev", "prod"})
    void everyRenderedObjectMatchesItsSchema(String overlay) {
        List<Map<String, Object>> objects = rendered(overlay);
        assertThat(objects).hasSizeGreaterThan(50);
        List<String> problems = new ArrayList<>();
        for (Map<String, Object> object : objects) {
            problems.addAll(validate(object));
        }
        assertThat(problems).as("schema violations in overlay %s", overlay).isEmpty();
    }

    @Test
    void schemasAreStrictEnoughToCatchTyposAndWrongTypes() {
        Map<String, Object> deployment = deepCopy(Manifests.get(rendered("dev"), "Deployment", "gateway"));
        Manifests.map(deployment, "spec").put("replica", 1);
        assertThat(validate(deployment)).anyMatch(p -> p.contains("replica"));

        Map<String, Object> topic = deepCopy(Manifests.get(rendered("dev"), "KafkaTopic",
                "relationship.customer.events"));
        Manifests.map(topic, "spec").put("partitions", "six");
        assertThat(validate(topic)).anyMatch(p -> p.contains("partitions"));

        Map<String, Object> cluster = deepCopy(Manifests.get(rendered("prod"), "Cluster", "billing-db"));
        Manifests.map(cluster, "spec", "affinity").put("podAntiAffinityType", "always");
        assertThat(validate(cluster)).anyMatch(p -> p.contains("podAntiAffinityType"));

        Map<String, Object> unknown = new LinkedHashMap<>(Map.of("apiVersion", "example.com/v1", "kind", "Thing",
                "metadata", Map.of("name", "x")));
        assertThat(validate(unknown)).anyMatch(p -> p.contains("no schema"));
    }

    static List<String> validate(Map<String, Object> object) {
        String file = String.valueOf(object.get("apiVersion")).replace('/', '_') + "_" + object.get("kind") + ".json";
        Schema schema = SCHEMAS.computeIfAbsent(file, SchemaValidationTest::load);
        if (schema == null) {
            return List.of(id(object) + ": no schema for " + object.get("apiVersion") + " " + object.get("kind")
                    + " (expected schemas/" + file + ")");
        }
        return schema.validate(Json.write(object), InputFormat.JSON).stream()
                .map(Error::toString)
                .map(message -> id(object) + ": " + message)
                .toList();
    }

    private static Schema load(String file) {
        try (InputStream in = SchemaValidationTest.class.getResourceAsStream("/schemas/" + file)) {
            if (in == null) {
                return null;
            }
            return REGISTRY.getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> deepCopy(Map<String, Object> source) {
        return (Map<String, Object>) copy(source);
    }

    private static Object copy(Object node) {
        if (node instanceof Map<?, ?> map) {
            Map<String, Object> result = new LinkedHashMap<>();
            map.forEach((k, v) -> result.put(String.valueOf(k), copy(v)));
            return result;
        }
        if (node instanceof List<?> list) {
            return new ArrayList<>(list.stream().map(SchemaValidationTest::copy).toList());
        }
        return node;
    }
}
