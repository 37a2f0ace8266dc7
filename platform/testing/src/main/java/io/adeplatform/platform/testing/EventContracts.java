package io.adeplatform.platform.testing;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Validates real event payloads against the JSON Schemas under {@code contracts/events/<domain>/}, so producers
 * cannot drift from the contract partners and other services rely on.
 */
public final class EventContracts {

    private EventContracts() {
    }

    /** The schema file for a CloudEvents type such as io.adeplatform.relationship.customer.registered.v1. */
    public static Path schemaFor(String ceType) {
        String[] parts = ceType.split("\\.");
        if (parts.length != 6 || !ceType.startsWith("io.adeplatform.")) {
            throw new IllegalArgumentException("not an ADE event type (io.adeplatform.<domain>.<aggregate>.<event>.v<n>): " + ceType);
        }
        // io . adeplatform . <domain> . <aggregate> . <event> . v<n>
        String domain = parts[2];
        String file = parts[3] + "-" + parts[4] + "." + parts[5] + ".schema.json";
        return contractsDirectory().resolve("events").resolve(domain).resolve(file);
    }

    /** The validation errors of this payload against the schema of its type; empty when it conforms. */
    public static List<String> violations(String ceType, String payloadJson) {
        try {
            Path schemaFile = schemaFor(ceType);
            if (!Files.exists(schemaFile)) {
                return List.of("no schema at " + schemaFile);
            }
            Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(Files.readString(schemaFile));
            return schema.validate(payloadJson, InputFormat.JSON).stream().map(Error::toString).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The repository's contracts/ folder, found by walking up from the module under test. */
    public static Path contractsDirectory() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            if (Files.isDirectory(dir.resolve("contracts/events"))) {
                return dir.resolve("contracts");
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("contracts/events not found above " + Path.of("").toAbsolutePath());
    }
}
