package io.adeplatform.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

/**
 * Drops the component schemas no served operation reaches: a service's document also describes what the gateway does
 * not route (its /q endpoints), and a merged document listing schemas nothing uses only misleads a client generator.
 */
final class UnusedSchemas {

    private static final String SCHEMA_REF = "#/components/schemas/";

    private UnusedSchemas() {
    }

    static void remove(ObjectNode document) {
        JsonNode schemas = document.path("components").path("schemas");
        if (!(schemas instanceof ObjectNode all)) {
            return;
        }
        Set<String> reached = new HashSet<>();
        Deque<JsonNode> pending = new ArrayDeque<>();
        pending.add(document.path("paths"));
        pending.add(document.path("components").path("responses"));
        while (!pending.isEmpty()) {
            JsonNode node = pending.pop();
            JsonNode ref = node.get("$ref");
            if (ref != null && ref.isTextual() && ref.asText().startsWith(SCHEMA_REF)) {
                String name = ref.asText().substring(SCHEMA_REF.length());
                if (reached.add(name) && all.has(name)) {
                    pending.add(all.get(name));
                }
            }
            node.forEach(pending::add);
        }
        all.retain(reached);
    }
}
