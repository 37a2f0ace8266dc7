package io.adeplatform.platform.testing;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contracts folder stays whole: every event schema has an example that conforms to it, and every schema is
 * listed in asyncapi.yaml, so partners see each event type the platform publishes.
 */
class ContractsCatalogueTest {

    private final Path contracts = EventContracts.contractsDirectory();

    @Test
    void everyEventSchemaHasAConformingExample() throws IOException {
        List<Path> schemas = eventSchemas();
        assertThat(schemas).isNotEmpty();
        for (Path schema : schemas) {
            Path example = Path.of(schema.toString().replace(".schema.json", ".example.json"));
            assertThat(example).as("example beside " + schema).exists();
            assertThat(EventContracts.violations(ceType(schema), Files.readString(example)))
                    .as("example " + example.getFileName()).isEmpty();
        }
    }

    @Test
    void asyncApiListsEverySchema() throws IOException {
        String asyncApi = Files.readString(contracts.resolve("asyncapi.yaml"));
        // an aggregate may contain a hyphen (customer-state), so the type is found from the document, not the file name
        Set<String> types = new TreeSet<>();
        Matcher m = Pattern.compile("io\\.adeplatform\\.[a-z]+\\.[a-z-]+\\.[a-z-]+\\.v\\d+").matcher(asyncApi);
        while (m.find()) {
            types.add(m.group());
        }
        for (Path schema : eventSchemas()) {
            String reference = "./" + contracts.relativize(schema).toString().replace('\\', '/');
            assertThat(asyncApi).as("asyncapi.yaml references " + reference).contains(reference);
            assertThat(types).as("asyncapi.yaml names a type whose schema is " + schema.getFileName())
                    .anyMatch(type -> EventContracts.schemaFor(type).equals(schema));
        }
    }

    /** contracts/events/<domain>/<aggregate>-<event>.v<n>.schema.json */
    private List<Path> eventSchemas() throws IOException {
        try (Stream<Path> files = Files.walk(contracts.resolve("events"))) {
            return files.filter(f -> f.getFileName().toString().matches("[a-z]+-[a-z-]+\\.v\\d+\\.schema\\.json")).sorted().toList();
        }
    }

    private static String ceType(Path schema) {
        String domain = schema.getParent().getFileName().toString();
        String file = schema.getFileName().toString().replace(".schema.json", "");
        String aggregate = file.substring(0, file.indexOf('-'));
        String event = file.substring(file.indexOf('-') + 1, file.lastIndexOf(".v"));
        return "io.adeplatform." + domain + "." + aggregate + "." + event + file.substring(file.lastIndexOf('.'));
    }
}
