package io.adeplatform.platform.http;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The platform's OpenAPI filters on a small model: the problems each operation can answer and its standard headers. */
class OpenApiDocumentationTest {

    private static Operation operation(String successStatus, String schemaRef, Parameter... headers) {
        Operation operation = OASFactory.createOperation().responses(OASFactory.createAPIResponses().addAPIResponse(
                successStatus, OASFactory.createAPIResponse().description("ok").content(OASFactory.createContent()
                        .addMediaType("application/json", OASFactory.createMediaType()
                                .schema(OASFactory.createSchema().ref(schemaRef))))));
        for (Parameter header : headers) {
            operation.addParameter(header);
        }
        return operation;
    }

    private static Parameter header(String name) {
        return OASFactory.createParameter().name(name).in(Parameter.In.HEADER);
    }

    private static OpenAPI document() {
        Schema versioned = OASFactory.createSchema().addProperty("version", OASFactory.createSchema());
        Schema page = OASFactory.createSchema().addProperty("items", OASFactory.createSchema());
        OpenAPI openAPI = OASFactory.createOpenAPI()
                .components(OASFactory.createComponents().addSchema("Contract", versioned).addSchema("PageContract", page))
                .paths(OASFactory.createPaths()
                        .addPathItem("/api/contracts", OASFactory.createPathItem()
                                .GET(operation("200", "#/components/schemas/PageContract"))
                                .POST(operation("201", "#/components/schemas/Contract", header("Idempotency-Key"))))
                        .addPathItem("/api/contracts/{id}/transitions", OASFactory.createPathItem()
                                .POST(operation("200", "#/components/schemas/Contract", header("If-Match")))));
        new ProblemDocumentation().filterOpenAPI(openAPI);
        new StandardHeaders().filterOpenAPI(openAPI);
        return openAPI;
    }

    @Test
    void everyOperationListsTheProblemsItCanAnswer() {
        OpenAPI openAPI = document();
        Operation list = openAPI.getPaths().getPathItem("/api/contracts").getGET();
        Operation create = openAPI.getPaths().getPathItem("/api/contracts").getPOST();
        Operation transition = openAPI.getPaths().getPathItem("/api/contracts/{id}/transitions").getPOST();
        assertThat(list.getResponses().getAPIResponses()).containsOnlyKeys("200", "400", "401", "403", "429", "503");
        assertThat(create.getResponses().getAPIResponses()).containsOnlyKeys("201", "400", "401", "403", "409", "422",
                "429", "503");
        assertThat(transition.getResponses().getAPIResponses()).containsOnlyKeys("200", "400", "401", "403", "404",
                "409", "412", "422", "428", "429", "503");
        assertThat(transition.getResponses().getAPIResponse("412").getContent().getMediaType("application/problem+json")
                .getSchema().getRef()).isEqualTo("#/components/schemas/Problem");
        assertThat(openAPI.getComponents().getSchemas().get("Problem").getRequired()).containsExactly("type", "title", "status");
        assertThat(list.getResponses().getAPIResponse("429").getHeaders()).containsOnlyKeys("Retry-After");
    }

    @Test
    void standardHeadersAreDocumentedWhereTheyApply() {
        OpenAPI openAPI = document();
        Operation list = openAPI.getPaths().getPathItem("/api/contracts").getGET();
        Operation create = openAPI.getPaths().getPathItem("/api/contracts").getPOST();
        Operation transition = openAPI.getPaths().getPathItem("/api/contracts/{id}/transitions").getPOST();
        assertThat(create.getResponses().getAPIResponse("201").getHeaders())
                .containsOnlyKeys("Location", "ETag", "Idempotent-Replayed");
        assertThat(transition.getResponses().getAPIResponse("200").getHeaders()).containsOnlyKeys("ETag");
        assertThat(list.getResponses().getAPIResponse("200").getHeaders()).isNullOrEmpty();
        Parameter ifMatch = transition.getParameters().get(0);
        assertThat(ifMatch.getRequired()).isTrue();
        assertThat(ifMatch.getDescription()).contains("428");
        assertThat(create.getParameters().get(0).getSchema().getMaxLength()).isEqualTo(255);
        assertThat(create.getParameters().get(0).getSchema().getType()).isEqualTo(List.of(Schema.SchemaType.STRING));
    }
}
