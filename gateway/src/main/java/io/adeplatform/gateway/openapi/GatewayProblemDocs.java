package io.adeplatform.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Map;

/**
 * The problems the gateway itself answers on a routed operation, whatever the service documents: 502 when the
 * service cannot be reached, 504 when it did not answer in time, 413 for a body over the limit (its 503 for an open
 * circuit and 429 are the services' documented answers already). Defined once
 * as shared responses of the merged document; each routed operation refers to them.
 */
final class GatewayProblemDocs {

    private static final String REF = "#/components/responses/";
    private static final Map<String, String> ROUTED = Map.of(
            "502", "GatewayUpstreamFailed",
            "504", "GatewayUpstreamTimeout");
    private static final String BODY_TOO_LARGE = "GatewayBodyTooLarge";

    private GatewayProblemDocs() {
    }

    /** Adds the gateway's answers to every operation of a routed path item (an operation's own wins). */
    static JsonNode addTo(JsonNode pathItem) {
        pathItem.fields().forEachRemaining(entry -> {
            JsonNode responses = entry.getValue().get("responses");
            if (!(responses instanceof ObjectNode answers)) {
                return; // path-level parameters, not an operation
            }
            ROUTED.forEach((status, name) -> {
                if (!answers.has(status)) {
                    answers.putObject(status).put("$ref", REF + name);
                }
            });
            if (entry.getValue().has("requestBody") && !answers.has("413")) {
                answers.putObject("413").put("$ref", REF + BODY_TOO_LARGE);
            }
        });
        return pathItem;
    }

    /** Defines the shared responses; {@code problemSchema} names the Problem schema, or null for a plain object. */
    static void define(ObjectNode responses, String problemSchema) {
        define(responses, "GatewayUpstreamFailed", "The service behind the gateway cannot be reached (retry later)",
                problemSchema);
        define(responses, "GatewayUpstreamTimeout", "The service behind the gateway did not answer in time", problemSchema);
        define(responses, BODY_TOO_LARGE, "The request body is larger than the gateway accepts (1 MiB; usage uploads "
                + "1 GiB)", problemSchema);
    }

    private static void define(ObjectNode responses, String name, String description, String problemSchema) {
        ObjectNode schema = responses.putObject(name).put("description", description).putObject("content")
                .putObject("application/problem+json").putObject("schema");
        if (problemSchema == null) {
            schema.put("type", "object");
        } else {
            schema.put("$ref", "#/components/schemas/" + problemSchema);
        }
    }
}
