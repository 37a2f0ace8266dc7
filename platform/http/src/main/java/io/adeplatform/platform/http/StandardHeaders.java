package io.adeplatform.platform.http;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import java.util.List;
import java.util.Map;

/**
 * Documents the platform's standard headers where an operation uses them (contracts/README.md): If-Match (required)
 * and Idempotency-Key as the resource methods declare them, and on success answers Location (201), ETag (an answer
 * whose schema carries the item's {@code version}) and Idempotent-Replayed (operations taking Idempotency-Key).
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class StandardHeaders implements OASFilter {

    static final String IF_MATCH = "If-Match";
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        Map<String, Schema> schemas = openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null
                ? Map.of() : openAPI.getComponents().getSchemas();
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values()
                .forEach(operation -> document(operation, schemas)));
    }

    /** Whether the operation declares this header parameter. */
    static boolean takes(Operation operation, String header) {
        return header(operation, header) != null;
    }

    private static Parameter header(Operation operation, String name) {
        if (operation.getParameters() == null) {
            return null;
        }
        return operation.getParameters().stream()
                .filter(p -> p.getIn() == Parameter.In.HEADER && name.equalsIgnoreCase(p.getName()))
                .findFirst().orElse(null);
    }

    private static void document(Operation operation, Map<String, Schema> schemas) {
        Parameter ifMatch = header(operation, IF_MATCH);
        if (ifMatch != null) {
            ifMatch.required(true).description("The ETag of the version this change is based on (428 without it, "
                    + "412 when another change came first)").schema(text(null));
        }
        Parameter idempotencyKey = header(operation, IDEMPOTENCY_KEY);
        if (idempotencyKey != null) {
            idempotencyKey.description("A key the client chooses per intended create (at most 255 characters, kept "
                    + "24 hours): a retry with the same key and body replays the first answer; the same key with "
                    + "another body is a 422").schema(text(255));
        }
        if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
            return;
        }
        operation.getResponses().getAPIResponses().forEach((status, response) -> {
            if (!status.startsWith("2")) {
                return;
            }
            if (status.equals("201")) {
                add(response, "Location", "The URL of the created item");
            }
            if (versioned(response, schemas)) {
                add(response, "ETag", "The item's version: send it as If-Match to change the item");
            }
            if (idempotencyKey != null) {
                add(response, "Idempotent-Replayed", "true when this answer replays the first answer to the same Idempotency-Key");
            }
        });
    }

    private static boolean versioned(APIResponse response, Map<String, Schema> schemas) {
        if (response.getContent() == null || response.getContent().getMediaTypes() == null) {
            return false;
        }
        return response.getContent().getMediaTypes().values().stream().anyMatch(media -> {
            Schema schema = media.getSchema();
            if (schema != null && schema.getRef() != null) {
                schema = schemas.get(schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1));
            }
            return schema != null && schema.getProperties() != null && schema.getProperties().containsKey("version");
        });
    }

    private static void add(APIResponse response, String name, String description) {
        if (response.getHeaders() == null || !response.getHeaders().containsKey(name)) {
            Header header = OASFactory.createHeader().description(description).schema(text(null));
            response.addHeader(name, header);
        }
    }

    private static Schema text(Integer maxLength) {
        Schema schema = OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING));
        return maxLength == null ? schema : schema.maxLength(maxLength);
    }
}
