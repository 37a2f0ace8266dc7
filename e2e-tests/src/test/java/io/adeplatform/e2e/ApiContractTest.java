package io.adeplatform.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.adeplatform.platform.infra.NpmProject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API contract a front-end team relies on (issue 17), checked against the running platform: the gateway's merged
 * document lints with 0 problems under spectral ({@code spectral:oas} + contracts/openapi/.spectral.yaml); every
 * service's document and the merged one equal their committed snapshots in contracts/openapi/ (openapi-diff says
 * whether a difference breaks clients); and the TypeScript client generated from the merged snapshot compiles.
 * {@code -Dade.openapi.update-snapshots=true} rewrites the snapshots from the running platform, to commit with the change.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ApiContractTest {

    static final Path CONTRACTS = Path.of("..", "contracts", "openapi").toAbsolutePath().normalize();
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    private static final boolean UPDATE = Boolean.getBoolean("ade.openapi.update-snapshots");

    private static RunningPlatform platform;
    private static NpmProject tools;

    @BeforeAll
    static void start() {
        platform = RunningPlatform.get();
        tools = new NpmProject(CONTRACTS).installed();
    }

    /** The live documents by snapshot name: each service by its module name, and the merged "platform". */
    private static Map<String, JsonNode> liveDocuments() {
        Map<String, JsonNode> documents = new LinkedHashMap<>();
        platform.serviceUrls().forEach((module, url) -> documents.put(module, ServiceDocuments.parse(given().baseUri(url)
                .queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString())));
        JsonNode merged = ServiceDocuments.merged(platform);
        // the realm's discovery URL names this run's Keycloak port: the snapshot keeps a stable stand-in
        JsonNode keycloak = merged.path("components").path("securitySchemes").path("keycloak");
        if (keycloak instanceof com.fasterxml.jackson.databind.node.ObjectNode scheme) {
            scheme.put("openIdConnectUrl", "https://keycloak.example/realms/ade/.well-known/openid-configuration");
        }
        documents.put("platform", merged);
        return documents;
    }

    @Test
    @Order(1)
    void everyDocumentEqualsItsCommittedSnapshot() throws IOException {
        List<String> differences = new ArrayList<>();
        for (Map.Entry<String, JsonNode> live : liveDocuments().entrySet()) {
            Path snapshot = CONTRACTS.resolve(live.getKey() + ".json");
            String current = JSON.writeValueAsString(JSON.treeToValue(live.getValue(), Object.class)) + "\n";
            if (UPDATE) {
                Files.writeString(snapshot, current);
                continue;
            }
            if (!Files.exists(snapshot)) {
                differences.add(live.getKey() + ": no snapshot " + snapshot.getFileName());
                continue;
            }
            ChangedOpenApi diff = OpenApiCompare.fromContents(Files.readString(snapshot), current);
            if (diff.isIncompatible()) {
                differences.add(live.getKey() + ": BREAKING change against the snapshot — " + summary(diff));
            } else if (!diff.isUnchanged()) {
                differences.add(live.getKey() + ": compatible change not in the snapshot yet — " + summary(diff));
            }
        }
        assertThat(differences).as("documents that differ from contracts/openapi/*.json; if the change is meant, "
                + "rewrite the snapshots with -Dade.openapi.update-snapshots=true and commit them with it").isEmpty();
    }

    private static String summary(ChangedOpenApi diff) {
        List<String> parts = new ArrayList<>();
        diff.getNewEndpoints().forEach(e -> parts.add("new " + e.getMethod() + " " + e.getPathUrl()));
        diff.getMissingEndpoints().forEach(e -> parts.add("removed " + e.getMethod() + " " + e.getPathUrl()));
        diff.getChangedOperations().forEach(o -> parts.add("changed " + o.getHttpMethod() + " " + o.getPathUrl()
                + (o.isIncompatible() ? " (breaking)" : "")));
        return parts.isEmpty() ? "components or metadata changed" : String.join("; ", parts);
    }

    @Test
    @Order(2)
    void theMergedDocumentLintsWithoutProblems() throws IOException {
        Path document = Files.createDirectories(CONTRACTS.resolve("target")).resolve("platform-live.json");
        Files.writeString(document, ServiceDocuments.merged(platform).toString());
        NpmProject.Run lint = tools.tool(Duration.ofMinutes(3), "spectral", "lint", "--ruleset", ".spectral.yaml",
                "--fail-severity", "hint", "--format", "text", document.toString());
        assertThat(lint.succeeded()).as("spectral problems in the merged document:\n" + lint.output()).isTrue();
    }

    @Test
    @Order(3)
    void theTypeScriptClientGeneratedFromTheMergedSnapshotCompiles() {
        NpmProject.Run generate = tools.run(Duration.ofMinutes(2), "npm", "run", "generate");
        assertThat(generate.succeeded()).as(generate.output()).isTrue();
        NpmProject.Run build = tools.run(Duration.ofMinutes(3), "npm", "run", "build");
        assertThat(build.succeeded()).as("tsc of contracts/openapi/client:\n" + build.output()).isTrue();
    }

}
